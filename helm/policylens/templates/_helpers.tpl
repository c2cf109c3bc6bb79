{{/*
Full name of the release: the release name, prefixed with the chart name unless it contains it.
*/}}
{{- define "policylens.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/*
The four services: values key -> fixed facts. The HTTP ports are the services' own defaults
(quarkus.http.port in each application.properties), and so is the management port (quarkus.management.port:
health, metrics, /internal/data-version); deploy-tests asserts that they agree.
*/}}
{{- define "policylens.serviceDefs" -}}
documents:
  name: documents-service
  component: documents
  port: 8081
  managementPort: 9000
  dbEnvPrefix: DOCUMENTS
  urls: []
gateway:
  name: gateway
  component: gateway
  port: 8080
  managementPort: 9000
  dbEnvPrefix: ""
  urls: [DOCUMENTS_URL, CLAIMS_URL, RECOMMENDATIONS_URL, DOCUMENTS_MANAGEMENT_URL, CLAIMS_MANAGEMENT_URL, RECOMMENDATIONS_MANAGEMENT_URL]
claims:
  name: claims-service
  component: claims
  port: 8082
  managementPort: 9000
  dbEnvPrefix: CLAIMS
  urls: [DOCUMENTS_URL]
  consumerGroup: policylens-claims
  deadLetterSuffix: claims.dlq
recommendations:
  name: recommendations-service
  component: recommendations
  port: 8083
  managementPort: 9000
  dbEnvPrefix: RECOMMENDATIONS
  urls: [DOCUMENTS_URL]
  consumerGroup: policylens-recommendations
  deadLetterSuffix: recommendations.dlq
{{- end -}}

{{/* Ordered list of the service keys. */}}
{{- define "policylens.serviceKeys" -}}
documents claims recommendations gateway
{{- end -}}

{{/* Name of one service's objects: <fullname>-<service name>. Argument: dict root, def. */}}
{{- define "policylens.serviceName" -}}
{{- printf "%s-%s" (include "policylens.fullname" .root) .def.name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "policylens.chartLabel" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels common to every object. */}}
{{- define "policylens.commonLabels" -}}
helm.sh/chart: {{ include "policylens.chartLabel" . }}
app.kubernetes.io/part-of: policylens
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}

{{/* Selector labels of one service. Argument: dict root, def. */}}
{{- define "policylens.selectorLabels" -}}
app.kubernetes.io/name: {{ .def.name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* All labels of one service's objects. Argument: dict root, def. */}}
{{- define "policylens.serviceLabels" -}}
{{ include "policylens.commonLabels" .root }}
app.kubernetes.io/name: {{ .def.name }}
app.kubernetes.io/component: {{ .def.component }}
{{- end -}}

{{/* Selector of every Policy Lens pod of this release. */}}
{{- define "policylens.releaseSelector" -}}
app.kubernetes.io/part-of: policylens
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* Image reference. Argument: dict root, svc. */}}
{{- define "policylens.image" -}}
{{- $registry := .svc.image.registry | default .root.Values.global.imageRegistry -}}
{{- $tag := .svc.image.tag | default .root.Values.global.imageTag | default .root.Chart.AppVersion -}}
{{- if $registry -}}
{{- printf "%s/%s:%s" $registry .svc.image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" .svc.image.repository $tag -}}
{{- end -}}
{{- end -}}

{{- define "policylens.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- .Values.serviceAccount.name | default (include "policylens.fullname" .) -}}
{{- else -}}
{{- .Values.serviceAccount.name | default "default" -}}
{{- end -}}
{{- end -}}

{{- define "policylens.configName" -}}
{{- printf "%s-config" (include "policylens.fullname" .) -}}
{{- end -}}

{{/*
Kafka (the document change stream) is required: it is the extraction services' only source of changes, and an
install without it would store documents and never extract them. "true" when the chart wires the services to a
Kafka, Strimzi's or an existing one; fails when neither is chosen and on values that contradict each other, so a
wrong combination never renders.
*/}}
{{- define "policylens.kafka.enabled" -}}
{{- $k := .Values.kafka -}}
{{- if not (or $k.strimzi.enabled $k.external.enabled) -}}
{{- fail "Kafka is required (the extraction services read every document change from it): set kafka.strimzi.enabled=true (the chart declares a Kafka cluster that the Strimzi operator runs) or kafka.external.enabled=true with kafka.external.bootstrapServers (an existing Kafka); see the chart README, \"Kafka\"" -}}
{{- end -}}
{{- if and $k.strimzi.enabled $k.external.enabled -}}
{{- fail "kafka.strimzi.enabled and kafka.external.enabled exclude each other: either the chart declares a Kafka cluster for the Strimzi operator, or the services use an existing Kafka" -}}
{{- end -}}
{{- if and $k.external.enabled (not $k.external.bootstrapServers) -}}
{{- fail "kafka.external.enabled needs kafka.external.bootstrapServers (host:port of the existing brokers)" -}}
{{- end -}}
{{- if or $k.strimzi.enabled $k.external.enabled -}}
{{- range $key := list "claims" "recommendations" -}}
{{- $a := (index $.Values.services $key).autoscaling -}}
{{- if and $k.autoscaling.enabled $a.enabled (gt (int $a.maxReplicas) (int $k.partitions)) -}}
{{- fail (printf "services.%s.autoscaling.maxReplicas (%v) exceeds kafka.partitions (%v): a consumer group has at most one active consumer per partition" $key $a.maxReplicas $k.partitions) -}}
{{- end -}}
{{- end -}}
true
{{- end -}}
{{- end -}}

{{/* True when claims-service and recommendations-service scale on consumer lag (KEDA) instead of CPU. */}}
{{- define "policylens.kafka.lagScaling" -}}
{{- if and (include "policylens.kafka.enabled" .) .Values.kafka.autoscaling.enabled -}}
true
{{- end -}}
{{- end -}}

{{/* Name of the Strimzi Kafka cluster (and prefix of what the operator creates: <name>-kafka-bootstrap, <name>-cluster-ca-cert). */}}
{{- define "policylens.kafka.cluster" -}}
{{- include "policylens.fullname" . -}}
{{- end -}}

{{/* Strimzi listener ports: SCRAM-SHA-512 over TLS for the services, TLS client certificates for the KEDA scaler. */}}
{{- define "policylens.kafka.servicePort" -}}9093{{- end -}}
{{- define "policylens.kafka.scalerPort" -}}9094{{- end -}}

{{- define "policylens.kafka.bootstrapServers" -}}
{{- if .Values.kafka.strimzi.enabled -}}
{{- printf "%s-kafka-bootstrap:%s" (include "policylens.kafka.cluster" .) (include "policylens.kafka.servicePort" .) -}}
{{- else -}}
{{- .Values.kafka.external.bootstrapServers -}}
{{- end -}}
{{- end -}}

{{/* Name of a service's KafkaUser (and of the Secret the User Operator writes its credentials to). Argument: dict root, def. */}}
{{- define "policylens.kafka.userName" -}}
{{- include "policylens.serviceName" . -}}
{{- end -}}

{{/* Labels of the Strimzi resources: no part-of/instance, so the release's default-deny NetworkPolicy never selects broker pods. */}}
{{- define "policylens.kafka.labels" -}}
helm.sh/chart: {{ include "policylens.chartLabel" . }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/component: kafka
{{- end -}}

{{/* Labels of the resources that belong to the Strimzi cluster (node pool, topics, users): the operators select them by strimzi.io/cluster. */}}
{{- define "policylens.kafka.memberLabels" -}}
{{ include "policylens.kafka.labels" . }}
strimzi.io/cluster: {{ include "policylens.kafka.cluster" . }}
{{- end -}}

{{/* Selector of the Strimzi broker (and controller) pods of the cluster. */}}
{{- define "policylens.kafka.brokerSelector" -}}
strimzi.io/cluster: {{ include "policylens.kafka.cluster" . }}
strimzi.io/kind: Kafka
{{- end -}}
