"""Fine-tune a small BERT (weights read from the langchain4j ONNX artifacts) as a check-worthiness classifier.
Mean pooling over the attended tokens + one linear layer. Trains on CT24 train, scores CT24 dev after every
epoch (threshold chosen on dev by smoothed F1); dev-test is scored only by the `devtest` subcommand."""
import argparse, json, math, os, random, sys, time
import numpy as np, torch, torch.nn as nn, torch.nn.functional as F
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checkworthiness_teacher import Tokenizer, onnx_weights, Teacher, checkthat, scores_at, best_smoothed

class Classifier(nn.Module):
    def __init__(self, w, layers=None):
        super().__init__()
        self.bert = Teacher(w)
        if layers:
            self.bert.layers = self.bert.layers[:layers]
        d = self.bert.word.weight.shape[1]
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(d, 1)
        del self.bert.head
    def forward(self, ids, mask):
        h = self.bert.hidden(ids, mask)
        m = mask.unsqueeze(-1).float()
        pooled = (h * m).sum(1) / m.sum(1).clamp(min=1)
        return self.head(self.drop(pooled)).squeeze(-1)

def batch(tok, texts, max_length):
    enc = [tok.encode(t)[: max_length - 2] for t in texts]
    width = max(len(e) for e in enc) + 2
    ids = torch.full((len(enc), width), tok.pad, dtype=torch.long)
    mask = torch.zeros((len(enc), width), dtype=torch.long)
    for r, p in enumerate(enc):
        ids[r, : len(p) + 2] = torch.tensor([tok.cls] + p + [tok.sep]); mask[r, : len(p) + 2] = 1
    return ids, mask

@torch.no_grad()
def predict(model, tok, texts, max_length, size=128):
    model.eval(); order = sorted(range(len(texts)), key=lambda i: len(texts[i])); out = np.zeros(len(texts))
    for b in range(0, len(order), size):
        chunk = order[b:b + size]; out[chunk] = torch.sigmoid(model(*batch(tok, [texts[i] for i in chunk], max_length))).numpy()
    return out

def train(a):
    random.seed(a.seed); torch.manual_seed(a.seed)
    tok = Tokenizer(a.tokenizer); model = Classifier(onnx_weights(a.onnx), a.layers)
    data = checkthat(a.eval, "train"); dev = checkthat(a.eval, "dev"); ydev = np.array([y for _, y in dev])
    lengths = [len(tok.encode(t)) for t, _ in data]
    if a.freeze_embeddings:
        for p in model.bert.word.parameters(): p.requires_grad = False
    decay = [p for n, p in model.named_parameters() if p.requires_grad and not (n.endswith("bias") or "ln" in n)]
    nodecay = [p for n, p in model.named_parameters() if p.requires_grad and (n.endswith("bias") or "ln" in n)]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": nodecay, "weight_decay": 0.0}], lr=a.lr)
    total = math.ceil(len(data) / a.batch) * a.epochs; warm = int(0.06 * total)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / (total - warm))))
    t0 = time.time(); results = []
    for ep in range(a.epochs):
        order = list(range(len(data))); random.shuffle(order); batches = []
        for g in range(0, len(order), a.batch * 50):
            grp = sorted(order[g:g + a.batch * 50], key=lambda i: lengths[i])
            batches += [grp[b:b + a.batch] for b in range(0, len(grp), a.batch)]
        random.shuffle(batches); model.train()
        for n, mem in enumerate(batches):
            logit = model(*batch(tok, [data[i][0] for i in mem], a.max_length))
            loss = F.binary_cross_entropy_with_logits(logit, torch.tensor([float(data[i][1]) for i in mem]))
            loss.backward(); torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0); opt.step(); sched.step(); opt.zero_grad()
            if n % 100 == 0: print(f"epoch {ep} batch {n}/{len(batches)} loss {loss.item():.4f} {time.time()-t0:.0f}s", flush=True)
        p = predict(model, tok, [t for t, _ in dev], a.max_length); sm, th = best_smoothed(p, ydev)
        r = {"epoch": ep, "devSmoothedF1": round(sm, 4), "threshold": th, "dev": scores_at(p, ydev, th), "seconds": round(time.time() - t0)}
        print(json.dumps(r), flush=True); results.append(r)
        torch.save(model.state_dict(), f"{a.out}.epoch{ep}.pt"); np.save(f"{a.out}.epoch{ep}.dev.npy", p)
    ch = max(results, key=lambda r: r["devSmoothedF1"]); print(json.dumps({"chosen": ch}))

def devtest(a):
    tok = Tokenizer(a.tokenizer); model = Classifier(onnx_weights(a.onnx), a.layers); model.load_state_dict(torch.load(a.checkpoint))
    rows = checkthat(a.eval, "dev-test"); p = predict(model, tok, [t for t, _ in rows], a.max_length)
    np.save(a.checkpoint + ".dev-test.npy", p)
    print(json.dumps({"devTest": scores_at(p, np.array([y for _, y in rows]), a.threshold), "threshold": a.threshold}))

if __name__ == "__main__":
    ap = argparse.ArgumentParser(); ap.add_argument("cmd"); ap.add_argument("--eval", default="/work/shared/eval")
    ap.add_argument("--onnx"); ap.add_argument("--tokenizer"); ap.add_argument("--out"); ap.add_argument("--checkpoint")
    ap.add_argument("--threshold", type=float); ap.add_argument("--epochs", type=int, default=3); ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--batch", type=int, default=32); ap.add_argument("--seed", type=int, default=13); ap.add_argument("--max-length", type=int, default=64)
    ap.add_argument("--layers", type=int, default=0); ap.add_argument("--threads", type=int, default=2); ap.add_argument("--freeze-embeddings", action="store_true")
    a = ap.parse_args(); torch.set_num_threads(a.threads); {"train": train, "devtest": devtest}[a.cmd](a)
