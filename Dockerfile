FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY topics topics
COPY nlp nlp
COPY pipeline pipeline
RUN pip install --no-cache-dir .
ENV FEEDBACK_LOOP_WEB_HOST=0.0.0.0 \
    FEEDBACK_LOOP_DATA_DIR=/var/lib/feedback-loop
EXPOSE 6066
CMD ["feedback-loop", "run"]
