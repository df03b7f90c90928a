FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY topics topics
COPY nlp nlp
COPY pipeline pipeline
RUN pip install --no-cache-dir .
# The bundled classifier, trained from the labelled examples in the repo (seeded: the same model every build).
RUN feedback-loop train --data nlp/data/examples --out /app/model --seed 0 --no-progress
# Redaction's name model, trained on the privacy corpus once here so a worker loads it instead of training it.
RUN python -c 'from nlp.redaction.name_model import trained_model; trained_model()' \
    && python -c 'from nlp.redaction.lower_name_model import trained_lower_model; trained_lower_model()'
ENV FEEDBACK_LOOP_WEB_HOST=0.0.0.0 \
    FEEDBACK_LOOP_DATA_DIR=/var/lib/feedback-loop \
    FEEDBACK_LOOP_MODEL_PATH=/app/model
EXPOSE 6066
CMD ["feedback-loop", "run"]
