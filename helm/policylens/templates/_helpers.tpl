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
recommendations:
  name: recommendations-service
  component: recommendations
  port: 8083
  managementPort: 9000
  dbEnvPrefix: RECOMMENDATIONS
  urls: [DOCUMENTS_URL]
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
