"""Writes a fine-tuned Classifier checkpoint as a gzipped PLTX file for io.policylens.claims.transformer.TransformerClassifier,
and prints reference logits of the dequantised model for a few sentences (for the Java equivalence test)."""
import argparse, gzip, json, struct, sys, os
import numpy as np, torch, torch.nn as nn
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checkworthiness_teacher import Tokenizer, onnx_weights, java_utf
from finetune import Classifier, batch

def q_rows(m):  # int8 per row
    s = np.abs(m).max(1) / 127.0; s[s == 0] = 1.0
    return np.clip(np.round(m / s[:, None]), -127, 127).astype(np.int8), s.astype(np.float32)

def q_cols(w):  # w is [in][out]; int8 per output column
    s = np.abs(w).max(0) / 127.0; s[s == 0] = 1.0
    return np.clip(np.round(w / s[None, :]), -127, 127).astype(np.int8), s.astype(np.float32)

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--onnx"); ap.add_argument("--tokenizer"); ap.add_argument("--checkpoint")
    ap.add_argument("--layers", type=int, default=0); ap.add_argument("--max-tokens", type=int, default=48)
    ap.add_argument("--threshold", type=float, required=True); ap.add_argument("--version", required=True); ap.add_argument("--out", required=True)
    ap.add_argument("--heads", type=int, default=12); ap.add_argument("--sentences", nargs="*", default=[]); ap.add_argument("--tiny", default="")
    a = ap.parse_args()
    tok = Tokenizer(a.tokenizer)
    if a.tiny:  # a random 2-layer model over a small vocabulary, for the Java equivalence test
        torch.manual_seed(7); rng = np.random.default_rng(7)
        keep = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"] + a.tiny.split(",")
        tok.vocab = {p: i for i, p in enumerate(keep)}; tok.unk, tok.cls, tok.sep, tok.pad = 1, 2, 3, 0
        H, F_, L = 16, 32, 2; w = {}
        r = lambda *shape: rng.normal(0, 0.5, shape).astype(np.float32)
        w["embeddings.word_embeddings.weight"] = r(len(keep), H); w["embeddings.position_embeddings.weight"] = r(512, H)
        w["embeddings.token_type_embeddings.weight"] = r(2, H); w["embeddings.LayerNorm.weight"] = 1 + r(H) * 0.1; w["embeddings.LayerNorm.bias"] = r(H) * 0.1
        for n in range(L):
            for name, shape in [("attention.self.query", (H, H)), ("attention.self.key", (H, H)), ("attention.self.value", (H, H)),
                                ("attention.output.dense", (H, H)), ("intermediate.dense", (F_, H)), ("output.dense", (H, F_))]:
                w[f"encoder.layer.{n}.{name}.weight"] = r(*shape); w[f"encoder.layer.{n}.{name}.bias"] = r(shape[0]) * 0.1
            for name in ("attention.output.LayerNorm", "output.LayerNorm"):
                w[f"encoder.layer.{n}.{name}.weight"] = 1 + r(H) * 0.1; w[f"encoder.layer.{n}.{name}.bias"] = r(H) * 0.1
        import checkworthiness_teacher as ct
        model = Classifier.__new__(Classifier); nn.Module.__init__(model)
        model.bert = ct.Teacher(w, heads=a.heads); del model.bert.head; model.drop = nn.Dropout(0.1); model.head = nn.Linear(H, 1)
        with torch.no_grad(): model.head.weight.copy_(torch.tensor(r(1, H))); model.head.bias.fill_(0.25)
    else:
        model = Classifier(onnx_weights(a.onnx), a.layers or None)
    if a.checkpoint: model.load_state_dict(torch.load(a.checkpoint))
    model.eval(); b = model.bert; f = lambda t: t.detach().numpy().astype(np.float32)
    vocab = [None] * len(tok.vocab)
    for piece, i in tok.vocab.items(): vocab[i] = piece
    H = b.word.weight.shape[1]; out = bytearray()
    out += struct.pack(">i", 0x504C5458) + java_utf(a.version) + struct.pack(">iiiiif", len(vocab), H, len(b.layers), a.heads, a.max_tokens, a.threshold)
    for v in vocab: out += java_utf(v)
    wq, ws = q_rows(f(b.word.weight)); out += wq.tobytes() + ws.astype(">f4").tobytes()
    with torch.no_grad():  # dequantised weights back into the model, so the reference logits are the shipped model's
        b.word.weight.copy_(torch.tensor(wq.astype(np.float32) * ws[:, None]))
    out += f(b.pos.weight)[: a.max_tokens].astype(">f4").tobytes() + f(b.typ.weight)[0].astype(">f4").tobytes()
    out += f(b.ln.weight).astype(">f4").tobytes() + f(b.ln.bias).astype(">f4").tobytes()
    def lin(layer):
        w = f(layer.weight).T; q, s = q_cols(w)
        with torch.no_grad(): layer.weight.copy_(torch.tensor((q.astype(np.float32) * s[None, :]).T))
        return struct.pack(">ii", *w.shape) + q.tobytes() + s.astype(">f4").tobytes() + f(layer.bias).astype(">f4").tobytes()
    for L in b.layers:
        for m in (L.q, L.k, L.v, L.o): out += lin(m)
        out += f(L.ln1.weight).astype(">f4").tobytes() + f(L.ln1.bias).astype(">f4").tobytes()
        out += lin(L.i) + lin(L.out)
        out += f(L.ln2.weight).astype(">f4").tobytes() + f(L.ln2.bias).astype(">f4").tobytes()
    out += f(model.head.weight)[0].astype(">f4").tobytes() + struct.pack(">f", float(model.head.bias))
    with gzip.open(a.out, "wb", compresslevel=9) as g: g.write(bytes(out))
    refs = {}
    with torch.no_grad():
        for s in a.sentences: refs[s] = float(model(*batch(tok, [s], a.max_tokens))[0])
    print(json.dumps({"out": a.out, "bytes": len(out), "reference": refs}))

if __name__ == "__main__": main()
