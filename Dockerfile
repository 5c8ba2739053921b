# syntax=docker/dockerfile:1
# postwatch: one image for every role; the command picks it:
#   docker run IMAGE                      -> postwatch worker (the default)
#   docker run IMAGE worker --web-port 6066
#   docker run IMAGE train ...            -> retraining (see README); also evaluate, classify, replay, tail
# Settings come from POSTWATCH_* environment variables (deploy/compose/postwatch.env.example).

ARG PYTHON_VERSION=3.11

FROM python:${PYTHON_VERSION}-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
# A compiler only for the rare dependency without a wheel; it stays in this stage.
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential \
 && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src
COPY pyproject.toml README.md ./
COPY pipeline ./pipeline
COPY agents ./agents
COPY models ./models
RUN pip install --upgrade pip && pip install .

FROM python:${PYTHON_VERSION}-slim-bookworm AS runtime
LABEL org.opencontainers.image.title="postwatch" \
      org.opencontainers.image.description="Fake-news and abuse risk scoring for Khmer/English posts on Kafka" \
      org.opencontainers.image.licenses="Apache-2.0"
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    POSTWATCH_WEB_PORT=6066 \
    POSTWATCH_DATA_DIR=/data \
    MPLCONFIGDIR=/tmp/matplotlib
RUN groupadd --system --gid 10001 postwatch \
 && useradd --system --uid 10001 --gid postwatch --home-dir /home/postwatch --create-home postwatch \
 && mkdir -p /data /models \
 && chown postwatch:postwatch /data /models
COPY --from=build /opt/venv /opt/venv
USER 10001:10001
WORKDIR /home/postwatch
EXPOSE 6066
# /ready is 200 once the worker has partitions assigned; other roles do not serve it (compose and k8s
# only probe the worker).
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/ready' % os.environ.get('POSTWATCH_WEB_PORT', '6066'), timeout=2)"]
ENTRYPOINT ["postwatch"]
CMD ["worker"]
