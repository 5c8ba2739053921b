{{/* Common names and labels. */}}
{{- define "postwatch.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "postwatch.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "postwatch.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "postwatch.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}

{{/* KEDA's upper bound: the partition count unless set lower. */}}
{{- define "postwatch.maxReplicas" -}}
{{- if gt (int .Values.keda.maxReplicaCount) 0 -}}
{{- .Values.keda.maxReplicaCount -}}
{{- else -}}
{{- .Values.kafka.partitions -}}
{{- end -}}
{{- end -}}

{{/* Fails the render when more workers than partitions are asked for. */}}
{{- define "postwatch.checkReplicas" -}}
{{- if gt (int .Values.worker.replicas) (int .Values.kafka.partitions) -}}
{{- fail (printf "worker.replicas (%d) exceeds kafka.partitions (%d): extra workers get no partition" (int .Values.worker.replicas) (int .Values.kafka.partitions)) -}}
{{- end -}}
{{- if gt (int (include "postwatch.maxReplicas" .)) (int .Values.kafka.partitions) -}}
{{- fail "keda.maxReplicaCount exceeds kafka.partitions" -}}
{{- end -}}
{{- end -}}

{{/* Kafka env shared by workers and the retrain job; secrets come from existing Secrets. */}}
{{- define "postwatch.kafkaEnv" -}}
- name: POSTWATCH_BROKER
  value: {{ .Values.kafka.broker | quote }}
- name: POSTWATCH_TOPIC_PREFIX
  value: {{ .Values.kafka.topicPrefix | quote }}
- name: POSTWATCH_PARTITIONS
  value: {{ .Values.kafka.partitions | quote }}
- name: POSTWATCH_SECURITY_PROTOCOL
  value: {{ .Values.kafka.securityProtocol | quote }}
- name: POSTWATCH_DATA_DIR
  value: /data
- name: POSTWATCH_MODEL_DIR
  value: {{ if .Values.models.persistence.enabled }}{{ .Values.models.registryDir | quote }}{{ else }}""{{ end }}
{{- if .Values.kafka.sasl.enabled }}
- name: POSTWATCH_SASL_MECHANISM
  value: {{ .Values.kafka.sasl.mechanism | quote }}
- name: POSTWATCH_SASL_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ .Values.kafka.sasl.existingSecret }}
      key: username
- name: POSTWATCH_SASL_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .Values.kafka.sasl.existingSecret }}
      key: password
{{- end }}
{{- if .Values.kafka.tls.enabled }}
- name: POSTWATCH_SSL_CAFILE
  value: /etc/postwatch/tls/ca.crt
{{- if .Values.kafka.tls.mutual }}
- name: POSTWATCH_SSL_CERTFILE
  value: /etc/postwatch/tls/tls.crt
- name: POSTWATCH_SSL_KEYFILE
  value: /etc/postwatch/tls/tls.key
{{- end }}
{{- end }}
{{- end -}}

{{- define "postwatch.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
fsGroup: 10001
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "postwatch.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: ["ALL"]
{{- end -}}
