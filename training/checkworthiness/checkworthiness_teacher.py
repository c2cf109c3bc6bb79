"""Fine-tuned transformer teacher for the check-worthiness model: a measurement tool, never shipped.

Answers one question for issue #3: how far does a sentence transformer fine-tuned on ClaimBuster get on
CheckThat! 2024, and how much of that survives in the plain-Java extractor (folded into per-piece scores, or
blended with the shipped model)? See docs/claims-quality.md, "Fine-tuned transformer teachers".

The base weights come from the ONNX files inside the langchain4j embedding artifacts (Maven coordinates in
docs/claims-quality.md): the BERT weights are read from the ONNX initialisers into a small PyTorch BERT, so no
other model source is needed. Requires Debian packages python3-torch, python3-onnx and, for usable speed,
libopenblas0-pthread (the default reference BLAS is ~40x slower).

Subcommands (all read ../shared/eval via --eval; dev-test is read only by `devtest` and `blend`, after the
choice, to report):
  train   fine-tune, score CT24 dev after every epoch, keep every epoch's checkpoint and dev scores
  devtest score dev-test with a chosen checkpoint at a threshold chosen on dev
  fold    fold a checkpoint into one score per piece, written as a 1-dimensional TokenVectors file
          that TrainModel accepts in place of (or beside) the distilled vectors
  blend   blend teacher log-odds with the shipped model's (from CheckworthinessLogits), choose weight and
          threshold on dev, then report dev-test
"""
import argparse
import json
import math
import os
import random
import struct
import time
import unicodedata

import numpy as np
import onnx
import torch
import torch.nn as nn
import torch.nn.functional as F
from onnx import numpy_helper

SMOOTHING = 0.05  # as TrainModel: thresholds compared by mean F1 over threshold +- 0.05


# ---------- BERT uncased tokenizer (basic split + greedy WordPiece), as the reference implementation ----------
class Tokenizer:
    def __init__(self, tokenizer_json):
        self.vocab = json.load(open(tokenizer_json, encoding="utf-8"))["model"]["vocab"]
        self.unk, self.cls, self.sep, self.pad = (self.vocab[t] for t in ("[UNK]", "[CLS]", "[SEP]", "[PAD]"))

    @staticmethod
    def _punct(ch):
        cp = ord(ch)
        return 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126 \
            or unicodedata.category(ch).startswith("P")

    @staticmethod
    def _cjk(cp):
        return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2CEAF \
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F

    def _words(self, text):
        chars = []
        for ch in text:
            cat = unicodedata.category(ch)
            if ord(ch) in (0, 0xFFFD) or (cat.startswith("C") and ch not in "\t\n\r"):
                continue
            chars.append(" " if ch in " \t\n\r" or cat == "Zs" else f" {ch} " if self._cjk(ord(ch)) else ch)
        text = "".join(c for c in unicodedata.normalize("NFD", "".join(chars).lower())
                       if unicodedata.category(c) != "Mn")
        words = []
        for word in text.split():
            current = ""
            for ch in word:
                if self._punct(ch):
                    if current:
                        words.append(current)
                        current = ""
                    words.append(ch)
                else:
                    current += ch
            if current:
                words.append(current)
        return words

    def _pieces(self, word):
        if len(word) > 100:
            return [self.unk]
        pieces, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                candidate = ("##" if start else "") + word[start:end]
                if candidate in self.vocab:
                    found = self.vocab[candidate]
                    break
                end -= 1
            if found is None:
                return [self.unk]
            pieces.append(found)
            start = end
        return pieces

    def encode(self, text):
        return [p for w in self._words(text) for p in self._pieces(w)]


# ---------- BERT from the ONNX initialisers ----------
def onnx_weights(path):
    """Named BERT weights. MatMul weights are anonymous in these exports: each is named after the bias of the
    Add that consumes its output, and transposed to PyTorch's (out, in) layout."""
    graph = onnx.load(path).graph
    arrays = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    consumers = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    weights = {k: v for k, v in arrays.items() if not k.startswith("onnx::")}
    for node in graph.node:
        if node.op_type == "MatMul" and node.input[1] in arrays and node.input[1].startswith("onnx::"):
            (add,) = [c for c in consumers[node.output[0]] if c.op_type == "Add"]
            (bias,) = [x for x in add.input if x in weights]
            weights[bias[: -len(".bias")] + ".weight"] = arrays[node.input[1]].T.copy()
    return weights


class Layer(nn.Module):
    def __init__(self, d, ff, heads):
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v, self.o = (nn.Linear(d, d) for _ in range(4))
        self.i, self.out = nn.Linear(d, ff), nn.Linear(ff, d)
        self.ln1, self.ln2 = nn.LayerNorm(d, eps=1e-12), nn.LayerNorm(d, eps=1e-12)
        self.drop = nn.Dropout(0.1)

    def forward(self, x, mask_add):
        b, t, d = x.shape
        hd = d // self.heads
        split = lambda y: y.view(b, t, self.heads, hd).transpose(1, 2)
        attention = (split(self.q(x)) @ split(self.k(x)).transpose(-1, -2)) / math.sqrt(hd) + mask_add
        context = (self.drop(attention.softmax(-1)) @ split(self.v(x))).transpose(1, 2).reshape(b, t, d)
        x = self.ln1(x + self.drop(self.o(context)))
        return self.ln2(x + self.drop(self.out(F.gelu(self.i(x)))))


class Teacher(nn.Module):
    """BERT with a foldable head: logit = bias + mean over the sentence's pieces (no [CLS]/[SEP]) of w . h_t,
    the same form as the shipped WordPieceScores (bias + mean of score[piece])."""

    MAP = [("q", "attention.self.query"), ("k", "attention.self.key"), ("v", "attention.self.value"),
           ("o", "attention.output.dense"), ("i", "intermediate.dense"), ("out", "output.dense"),
           ("ln1", "attention.output.LayerNorm"), ("ln2", "output.LayerNorm")]

    def __init__(self, w, heads=12):
        super().__init__()
        vocabulary, d = w["embeddings.word_embeddings.weight"].shape
        layers = 1 + max(int(k.split(".")[2]) for k in w if k.startswith("encoder.layer."))
        ff = w["encoder.layer.0.intermediate.dense.weight"].shape[0]
        self.word, self.pos, self.typ = nn.Embedding(vocabulary, d), nn.Embedding(512, d), nn.Embedding(2, d)
        self.ln, self.drop = nn.LayerNorm(d, eps=1e-12), nn.Dropout(0.1)
        self.layers = nn.ModuleList(Layer(d, ff, heads) for _ in range(layers))
        self.head = nn.Linear(d, 1)
        t = torch.tensor
        with torch.no_grad():
            for module, name in [(self.word, "word_embeddings"), (self.pos, "position_embeddings"),
                                 (self.typ, "token_type_embeddings")]:
                module.weight.copy_(t(w[f"embeddings.{name}.weight"]))
            self.ln.weight.copy_(t(w["embeddings.LayerNorm.weight"]))
            self.ln.bias.copy_(t(w["embeddings.LayerNorm.bias"]))
            for n, layer in enumerate(self.layers):
                for attribute, name in self.MAP:
                    getattr(layer, attribute).weight.copy_(t(w[f"encoder.layer.{n}.{name}.weight"]))
                    getattr(layer, attribute).bias.copy_(t(w[f"encoder.layer.{n}.{name}.bias"]))
            self.head.weight.zero_()
            self.head.bias.fill_(-1.0)

    def hidden(self, ids, mask):
        positions = torch.arange(ids.shape[1]).unsqueeze(0)
        x = self.drop(self.ln(self.word(ids) + self.pos(positions) + self.typ(torch.zeros_like(ids))))
        mask_add = (1.0 - mask[:, None, None, :].float()) * -10000.0
        for layer in self.layers:
            x = layer(x, mask_add)
        return x

    def forward(self, ids, mask, pool):
        per_token = self.head(self.hidden(ids, mask)).squeeze(-1)
        pool = pool.float()
        return (per_token * pool).sum(1) / pool.sum(1).clamp(min=1), per_token


def batch(tokenizer, texts, max_length=64):
    encoded = [tokenizer.encode(t)[: max_length - 2] for t in texts]
    width = max(len(e) for e in encoded) + 2
    ids = torch.full((len(encoded), width), tokenizer.pad, dtype=torch.long)
    mask = torch.zeros((len(encoded), width), dtype=torch.long)
    pool = torch.zeros((len(encoded), width), dtype=torch.long)
    for row, pieces in enumerate(encoded):
        ids[row, : len(pieces) + 2] = torch.tensor([tokenizer.cls] + pieces + [tokenizer.sep])
        mask[row, : len(pieces) + 2] = 1
        pool[row, 1: 1 + len(pieces)] = 1
    return ids, mask, pool


# ---------- data and scoring ----------
def claimbuster(eval_dir):
    path = os.path.join(eval_dir, "claimbuster", "train.jsonl")
    return [(o["text"], int(o["label"])) for o in map(json.loads, open(path, encoding="utf-8"))]


def checkthat(eval_dir, split):
    path = os.path.join(eval_dir, "checkthat2024", f"CT24_checkworthy_english_{split}.tsv")
    rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8")][1:]
    return [(r[1], 1 if r[2].strip() == "Yes" else 0) for r in rows]


def scores_at(p, y, threshold):
    predicted = p >= threshold
    tp, fp = int((predicted & (y == 1)).sum()), int((predicted & (y == 0)).sum())
    fn = int((~predicted & (y == 1)).sum())
    return {"f1": round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0, "tp": tp, "fp": fp, "fn": fn}


def best_smoothed(p, y):
    """(smoothed F1, threshold) maximising mean F1 over threshold +- SMOOTHING, as TrainModel's ThresholdSweep."""
    grid = np.round(np.arange(0.05, 0.951, 0.01), 2)
    f1 = {round(t, 2): scores_at(p, y, t)["f1"] for t in np.round(np.arange(0.0, 1.001, 0.01), 2)}
    best = max(grid, key=lambda t: np.mean([f1[round(t + d, 2)] for d in np.round(np.arange(-SMOOTHING, SMOOTHING + 0.001, 0.01), 2)]))
    return float(np.mean([f1[round(best + d, 2)] for d in np.round(np.arange(-SMOOTHING, SMOOTHING + 0.001, 0.01), 2)])), float(best)


@torch.no_grad()
def predict(model, tokenizer, texts, size=128):
    model.eval()
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = np.zeros(len(texts))
    for b in range(0, len(order), size):
        chunk = order[b: b + size]
        logit, _ = model(*batch(tokenizer, [texts[i] for i in chunk]))
        out[chunk] = torch.sigmoid(logit).numpy()
    return out


def load(args, checkpoint=None):
    model = Teacher(onnx_weights(args.onnx))
    if checkpoint:
        model.load_state_dict(torch.load(checkpoint))
    return model, Tokenizer(args.tokenizer)


# ---------- subcommands ----------
def train(args):
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    model, tokenizer = load(args)
    data = claimbuster(args.eval)
    dev = checkthat(args.eval, "dev")
    dev_labels = np.array([y for _, y in dev])
    lengths = [len(tokenizer.encode(t)) for t, _ in data]
    decay = [p for n, p in model.named_parameters() if not (n.endswith("bias") or "ln" in n)]
    no_decay = [p for n, p in model.named_parameters() if n.endswith("bias") or "ln" in n]
    optimiser = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}],
                                  lr=args.lr)
    total = math.ceil(len(data) / args.batch) * args.epochs
    warm = int(0.1 * total)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda s: min((s + 1) / warm, max(0.0, (total - s) / (total - warm))))
    started, results = time.time(), []
    for epoch in range(args.epochs):
        # length-bucketed batches (pads little), in random order
        order = list(range(len(data)))
        random.shuffle(order)
        batches = []
        for g in range(0, len(order), args.batch * 50):
            group = sorted(order[g: g + args.batch * 50], key=lambda i: lengths[i])
            batches += [group[b: b + args.batch] for b in range(0, len(group), args.batch)]
        random.shuffle(batches)
        model.train()
        for n, members in enumerate(batches):
            logit, _ = model(*batch(tokenizer, [data[i][0] for i in members]))
            loss = F.binary_cross_entropy_with_logits(logit, torch.tensor([float(data[i][1]) for i in members]))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            if n % 50 == 0:
                print(f"epoch {epoch} batch {n}/{len(batches)} loss {loss.item():.4f} {time.time() - started:.0f}s", flush=True)
        p = predict(model, tokenizer, [t for t, _ in dev])
        smoothed, threshold = best_smoothed(p, dev_labels)
        result = {"epoch": epoch, "devSmoothedF1": round(smoothed, 4), "threshold": threshold,
                  "dev": scores_at(p, dev_labels, threshold), "seconds": round(time.time() - started)}
        print(json.dumps(result), flush=True)
        results.append(result)
        torch.save(model.state_dict(), f"{args.out}.epoch{epoch}.pt")
        np.save(f"{args.out}.epoch{epoch}.dev.npy", p)
    chosen = max(results, key=lambda r: r["devSmoothedF1"])
    print(json.dumps({"chosen": chosen, "checkpoint": f"{args.out}.epoch{chosen['epoch']}.pt"}))


def devtest(args):
    model, tokenizer = load(args, args.checkpoint)
    rows = checkthat(args.eval, "dev-test")
    p = predict(model, tokenizer, [t for t, _ in rows])
    np.save(args.checkpoint + ".dev-test.npy", p)
    print(json.dumps({"devTest": scores_at(p, np.array([y for _, y in rows]), args.threshold), "threshold": args.threshold}))


def java_utf(text):
    """DataOutputStream.writeUTF: length-prefixed modified UTF-8 (surrogates encoded one by one)."""
    out = bytearray()
    units = text.encode("utf-16-be", "surrogatepass")
    for k in range(0, len(units), 2):
        c = (units[k] << 8) | units[k + 1]
        if 0 < c < 0x80:
            out.append(c)
        elif c < 0x800:
            out += bytes([0xC0 | (c >> 6), 0x80 | (c & 0x3F)])
        else:
            out += bytes([0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)])
    return struct.pack(">H", len(out)) + bytes(out)


@torch.no_grad()
def fold(args):
    model, tokenizer = load(args, args.checkpoint)
    model.eval()
    corpus = [t for t, _ in claimbuster(args.eval)] + [t for t, _ in checkthat(args.eval, "dev")]
    size = len(tokenizer.vocab)
    sums, counts = np.zeros(size), np.zeros(size)
    order = sorted(range(len(corpus)), key=lambda i: len(corpus[i]))
    for b in range(0, len(order), 128):
        ids, mask, pool = batch(tokenizer, [corpus[i] for i in order[b: b + 128]])
        _, per_token = model(ids, mask, pool)
        where = pool.numpy().astype(bool)
        np.add.at(sums, ids.numpy()[where], per_token.numpy()[where])
        np.add.at(counts, ids.numpy()[where], 1)
    alone = np.zeros(size)  # pieces the corpus never has: the piece between [CLS] and [SEP] (the Model2Vec way)
    for b in range(0, size, 1024):
        chunk = np.arange(b, min(b + 1024, size))
        ids = torch.tensor([[tokenizer.cls, int(p), tokenizer.sep] for p in chunk])
        alone[chunk] = model.head(model.hidden(ids, torch.ones_like(ids))).squeeze(-1)[:, 1].numpy()
    bias = float(model.head.bias)
    score = np.where(counts > 0, sums / np.maximum(counts, 1), alone) - bias
    vocabulary = [None] * size
    for piece, i in tokenizer.vocab.items():
        vocabulary[i] = piece
    with open(args.out, "wb") as f:  # TokenVectors format ("PLTV"), 1 dimension
        f.write(struct.pack(">i", 0x504C5456) + java_utf(args.name) + struct.pack(">ii", size, 1))
        for i in range(size):
            f.write(java_utf(vocabulary[i]) + struct.pack(">f", float(score[i])))
    print(json.dumps({"vectors": args.out, "piecesSeen": int((counts > 0).sum()), "pieces": size}))


def blend(args):
    """Shipped-model log-odds (columns n-gram, pieces, label from CheckworthinessLogits) blended with the teacher's."""
    logit = lambda p: np.log(np.clip(p, 1e-6, 1 - 1e-6) / (1 - np.clip(p, 1e-6, 1 - 1e-6)))
    sigmoid = lambda z: 1 / (1 + np.exp(-z))
    dev, test = np.loadtxt(args.dev_logits), np.loadtxt(args.devtest_logits)
    shipped = lambda m: (1 - args.pieces_weight) * m[:, 0] + args.pieces_weight * m[:, 1]
    teacher_dev, teacher_test = logit(np.load(args.teacher_dev)), logit(np.load(args.teacher_devtest))
    y_dev, y_test = dev[:, 2].astype(int), test[:, 2].astype(int)
    best = None
    for weight in np.round(np.arange(0, 1.001, 0.1), 1):
        smoothed, threshold = best_smoothed(sigmoid((1 - weight) * shipped(dev) + weight * teacher_dev), y_dev)
        print(json.dumps({"teacherWeight": weight, "devSmoothedF1": round(smoothed, 4), "threshold": threshold}))
        if best is None or smoothed > best[0]:
            best = (smoothed, weight, threshold)
    smoothed, weight, threshold = best
    print(json.dumps({"chosen": {"teacherWeight": weight, "threshold": threshold, "devSmoothedF1": round(smoothed, 4)},
                      "dev": scores_at(sigmoid((1 - weight) * shipped(dev) + weight * teacher_dev), y_dev, threshold),
                      "devTest": scores_at(sigmoid((1 - weight) * shipped(test) + weight * teacher_test), y_test, threshold)}))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    sub = parser.add_subparsers(dest="command", required=True)

    def model_args(p):
        p.add_argument("--eval", required=True, help="the shared eval folder")
        p.add_argument("--onnx", required=True)
        p.add_argument("--tokenizer", required=True, help="tokenizer.json of the same model")

    p = sub.add_parser("train")
    model_args(p)
    p.add_argument("--out", required=True, help="prefix of checkpoints and dev scores")
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--lr", type=float, default=5e-5)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--seed", type=int, default=13)
    p = sub.add_parser("devtest")
    model_args(p)
    p.add_argument("--checkpoint", required=True)
    p.add_argument("--threshold", type=float, required=True, help="chosen on dev by train")
    p = sub.add_parser("fold")
    model_args(p)
    p.add_argument("--checkpoint", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--name", required=True, help="model name recorded in the vectors file")
    p = sub.add_parser("blend")
    p.add_argument("--dev-logits", required=True)
    p.add_argument("--devtest-logits", required=True)
    p.add_argument("--teacher-dev", required=True, help="dev scores of the chosen epoch (train)")
    p.add_argument("--teacher-devtest", required=True, help="dev-test scores (devtest)")
    p.add_argument("--pieces-weight", type=float, default=0.35, help="the shipped model's blend weight")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    {"train": train, "devtest": devtest, "fold": fold, "blend": blend}[args.command](args)


if __name__ == "__main__":
    main()
