package io.policylens.common.resilience;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.ws.rs.WebApplicationException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DependencyOutageTest {

    @Test
    void aDatabaseThatStopsUnderAnOpenConnectionIsAnOutage() throws IOException, SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        int port = postgres.getPort();
        Connection connection = postgres.getPostgresDatabase().getConnection();
        try (Statement statement = connection.createStatement()) {
            SQLException syntax = catchThrowableOfType(SQLException.class, () -> statement.execute("SELEC 1"));
            assertThat(DependencyOutage.causedBy(syntax)).as("a syntax error is the statement's fault").isFalse();
            statement.execute("CREATE TABLE t (id int PRIMARY KEY)");
            statement.execute("INSERT INTO t VALUES (1)");
            SQLException duplicate = catchThrowableOfType(SQLException.class,
                    () -> statement.execute("INSERT INTO t VALUES (1)"));
            assertThat(DependencyOutage.causedBy(duplicate)).as("a unique violation is the data's fault").isFalse();
        } finally {
            postgres.close();
        }

        SQLException lost = catchThrowableOfType(SQLException.class,
                () -> connection.createStatement().execute("SELECT 1"));
        assertThat(DependencyOutage.causedBy(new RuntimeException("wrapped", lost)))
                .as("the connection went away: %s", lost).isTrue();
        SQLException refused = catchThrowableOfType(SQLException.class, () -> DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", new Properties()));
        assertThat(DependencyOutage.causedBy(new IllegalStateException("Unable to acquire JDBC Connection", refused)))
                .as("nothing listens on the port any more: %s", refused).isTrue();
    }

    @Test
    void anUpstreamThatRefusesOrIsUnavailableIsAnOutageAndOtherHttpErrorsAreNot() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ConnectException refused = catchThrowableOfType(ConnectException.class,
                () -> new Socket("127.0.0.1", closedPort).close());
        assertThat(DependencyOutage.causedBy(new jakarta.ws.rs.ProcessingException(refused))).isTrue();

        for (int status : new int[] {502, 503, 504}) {
            assertThat(DependencyOutage.causedBy(new WebApplicationException(status))).as("HTTP %d", status).isTrue();
        }
        for (int status : new int[] {400, 404, 409, 500}) {
            assertThat(DependencyOutage.causedBy(new WebApplicationException(status))).as("HTTP %d", status).isFalse();
        }
    }

    @Test
    void failuresOfTheWorkItselfAreNotOutages() {
        assertThat(DependencyOutage.causedBy(new IllegalStateException("bad state"))).isFalse();
        assertThat(DependencyOutage.causedBy(new RuntimeException(new IllegalArgumentException("bad input"))))
                .isFalse();
        assertThat(DependencyOutage.causedBy(new SQLException("serialization failure", "40001"))).isFalse();
        assertThat(DependencyOutage.causedBy(null)).isFalse();
    }

    @Test
    void connectionStatesAreTheDatabasesAbsenceNotItsAnswers() {
        assertThat(DependencyOutage.isConnectionState("08006")).isTrue();
        assertThat(DependencyOutage.isConnectionState("08001")).isTrue();
        assertThat(DependencyOutage.isConnectionState("57P01")).isTrue();
        assertThat(DependencyOutage.isConnectionState("57P03")).isTrue();
        assertThat(DependencyOutage.isConnectionState("53300")).isTrue();
        assertThat(DependencyOutage.isConnectionState("57014")).as("query cancelled").isFalse();
        assertThat(DependencyOutage.isConnectionState("23505")).isFalse();
        assertThat(DependencyOutage.isConnectionState(null)).isFalse();
    }
}
