package io.policylens.documents.client;

import io.policylens.documents.contract.RemoteChange;
import io.policylens.documents.contract.RemoteDocument;
import io.policylens.documents.contract.RemoteSentence;
import io.policylens.documents.contract.RemoteSentencePage;
import io.policylens.documents.contract.RemoteSnapshot;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The contract records are plain Java; register them for JSON binding in native executables. */
@RegisterForReflection(targets = {RemoteChange.class, RemoteDocument.class, RemoteSentence.class,
        RemoteSentence.Entity.class, RemoteSentence.Topic.class, RemoteSentencePage.class, RemoteSnapshot.class})
final class ContractReflection {

    private ContractReflection() {
    }
}
