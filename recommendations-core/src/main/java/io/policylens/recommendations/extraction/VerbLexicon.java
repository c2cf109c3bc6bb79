package io.policylens.recommendations.extraction;

import java.util.Set;

/** Word lists that tell a proposed action from a prediction or an effect (GUIDELINES R7, R9). */
final class VerbLexicon {

    private VerbLexicon() {
    }

    /** Adverbs that may sit between a modal and its verb. */
    static final Set<String> ADVERBS = Set.of("also", "further", "still", "then", "now", "therefore", "instead", "thus",
            "only", "too", "both", "either", "jointly", "together", "first", "soon", "immediately", "even",
            "ultimately", "perhaps", "at", "least", "rather", "more", "all", "each", "certainly", "clearly", "urgently",
            "actively");

    /** After can/could/might these verbs describe what may happen to someone, not something they could do. */
    static final Set<String> NON_AGENTIVE = Set.of("be", "become", "face", "lose", "suffer", "see", "find", "fall",
            "mean", "remain", "prove", "happen", "occur", "emerge", "come", "seem", "appear", "have", "hinder",
            "affect", "undermine", "harm", "damage", "threaten", "jeopardize", "jeopardise", "complicate", "trigger",
            "spark", "result", "cause", "rise", "grow", "decline", "hurt", "weaken", "get", "go", "fail", "struggle",
            "survive", "afford", "expect", "feel", "pose", "disrupt", "derail", "erode", "exacerbate", "escalate",
            "worsen", "stall", "backfire", "outweigh", "exceed", "reach", "surpass", "drop", "decrease", "indicate",
            "suggest", "imply", "provoke", "potentially", "likely", "possibly", "eventually", "well", "easily", "not",
            "never", "hardly", "no", "argue", "say", "think", "imagine", "guess", "tell", "conclude", "ask");

    /** Verbs that say a thing helps or hurts; with a non-actor subject they make a "could help reduce" statement. */
    static final Set<String> EFFECT = Set.of("help", "lead", "take", "increase", "raise", "add", "invite", "change",
            "shift", "signal", "slow", "turn", "end", "enable", "allow", "reduce", "boost", "support", "strengthen",
            "improve", "ensure", "contribute", "benefit", "serve", "make", "create", "give", "offer", "provide",
            "lower", "mitigate", "facilitate", "promote", "encourage", "spur", "drive", "accelerate", "enhance",
            "bolster", "deter", "limit", "curb", "ease", "save", "open", "unlock", "generate", "attract", "produce",
            "yield", "bring", "foster", "advance", "address", "solve", "resolve", "prevent", "counter", "offset");

    /** Participles that after "could be" describe an effect or a view, not an action someone could take. */
    static final Set<String> NON_AGENTIVE_PASSIVE = Set.of("affected", "hurt", "harmed", "seen", "viewed",
            "considered", "interpreted", "perceived", "expected", "delayed", "disrupted", "lost", "threatened",
            "undermined", "damaged", "exposed", "forced", "left", "caught", "drawn", "dragged", "argued", "said",
            "noted", "described", "called", "read", "understood", "mistaken", "overwhelmed", "limited", "constrained",
            "hindered", "jeopardized", "reduced", "squeezed", "hit", "sanctioned", "targeted", "blamed", "accused",
            "tempted", "made", "done", "found", "attributed", "explained", "traced");

    /** Bare verbs that open an imperative recommendation ("Expand ...", "Align incentives ..."). */
    static final Set<String> IMPERATIVE = Set.of("accelerate", "adopt", "advance", "align", "allocate", "allow",
            "amend", "appoint", "assess", "authorize", "authorise", "avoid", "ban", "boost", "bolster", "broaden",
            "build", "cap", "clarify", "collaborate", "combat", "commission", "commit", "conduct", "consider",
            "consolidate", "continue", "convene", "cooperate", "coordinate", "counter", "create", "cut", "deepen",
            "define", "designate", "deploy", "deter", "develop", "direct", "diversify", "double", "eliminate",
            "embrace", "empower", "enact", "encourage", "enforce", "engage", "enhance", "ensure", "establish",
            "evaluate", "expand", "expedite", "explore", "extend", "facilitate", "finalize", "finalise", "focus",
            "form", "formalize", "foster", "fund", "grant", "harmonize", "harmonise", "identify", "impose",
            "implement", "improve", "incentivize", "incentivise", "include", "increase", "institutionalize",
            "institutionalise", "integrate", "introduce", "invest", "invite", "join", "launch", "lead", "leverage",
            "limit", "lower", "maintain", "make", "mandate", "mobilize", "mobilise", "modernize", "modernise",
            "monitor", "negotiate", "offer", "open", "partner", "pass", "pool", "prepare", "prevent", "prioritize",
            "prioritise", "promote", "protect", "provide", "publish", "pursue", "raise", "ratify", "reaffirm",
            "recognize", "recognise", "reduce", "reform", "reinforce", "reject", "remove", "repeal", "replace",
            "require", "resolve", "restore", "restrict", "revise", "revitalize", "scale", "secure", "seek", "set",
            "share", "shift", "simplify", "stand", "standardize", "standardise", "start", "step", "stop",
            "streamline", "strengthen", "support", "sustain", "take", "target", "task", "tighten", "track", "train",
            "update", "upgrade", "uphold", "use", "welcome", "work", "address", "apply", "assist", "attract",
            "reinvigorate", "rethink", "reassess", "reconsider", "redouble", "refrain", "renew", "reorient", "retain",
            "pair", "co-invest", "co-develop", "codify", "challenge", "complete", "condition", "deny", "devote",
            "elevate", "exclude", "frame", "guarantee", "hold", "institute", "keep", "link", "match", "measure",
            "pilot", "plan", "press", "push", "put", "reward", "safeguard", "tie", "treat",
            // more verbs that open proposals in lists of other fields (health, housing, aid, privacy, tax ...)
            "initiate", "dedicate", "subsidize", "subsidise", "execute", "change", "supplement", "sever",
            "abolish", "accept", "acknowledge", "act", "adapt", "add", "adjust", "administer", "affirm", "aim",
            "amplify", "anticipate", "approve", "audit", "automate", "benchmark", "block", "bring", "buy", "calibrate",
            "certify", "channel", "collect", "communicate", "compensate", "complement", "confirm", "connect",
            "contain", "contribute", "control", "convert", "correct", "cover", "curb", "decentralize", "decentralise",
            "decouple", "decrease", "defend", "delegate", "deliver", "demand", "demonstrate", "deregulate", "design",
            "detect", "determine", "devise", "disclose", "discourage", "distribute", "document", "drive", "drop",
            "educate", "embed", "enable", "end", "endorse", "enlarge", "equip", "exempt", "fix", "follow", "forge",
            "formulate", "give", "guide", "halt", "harness", "help", "hire", "incorporate", "index", "inform",
            "inspect", "install", "instruct", "intensify", "investigate", "issue", "label", "legislate", "lend",
            "license", "lift", "lobby", "manage", "map", "maximize", "maximise", "minimize", "minimise", "mitigate",
            "move", "notify", "nurture", "obtain", "operationalize", "operationalise", "optimize", "optimise",
            "organize", "organise", "oversee", "phase", "preserve", "procure", "prohibit", "purchase", "quantify",
            "rebuild", "recalibrate", "reclaim", "recruit", "redirect", "redesign", "refocus", "register", "regulate",
            "reinstate", "release", "relax", "relocate", "report", "request", "rescind", "reserve", "reshape",
            "reshore", "respond", "restructure", "reverse", "review", "ring-fence", "save", "scrap", "screen",
            "select", "separate", "shape", "shorten", "sign", "slash", "speed", "sponsor", "spur", "stabilize",
            "stabilise", "stimulate", "stockpile", "submit", "suspend", "tackle", "tailor", "tax", "teach", "test",
            "transfer", "transform", "unify", "unlock", "utilize", "utilise", "verify", "waive", "widen", "withdraw",
            "uncap", "decarbonise", "decarbonize", "retrofit", "insulate", "rezone", "legalise", "legalize",
            "criminalise", "criminalize", "outlaw", "cancel", "forgive", "reimburse", "refund", "repay", "fine");

    /** Imperative verbs that are also common nouns; "Support for X" or "Work on Y" is a noun phrase. */
    static final Set<String> NOUN_LIKE = Set.of("support", "increase", "work", "use", "plan", "access", "fund", "shift",
            "cut", "focus", "step", "reform", "challenge", "limit", "stand", "push", "match", "measure", "pilot",
            "form", "start", "stop", "set", "track", "train", "update", "upgrade", "link", "cap", "ban", "pool",
            "reward", "task", "target", "press", "pair", "frame", "hold", "condition", "lead", "boost", "offer",
            "share", "address", "commission", "double", "guarantee", "put", "tie", "treat", "counter",
            "change", "supplement", "monitor", "act", "aim", "benchmark", "block", "control", "cover", "decrease",
            "demand", "design", "document", "drive", "drop", "end", "fix", "guide", "halt", "help", "index", "issue",
            "label", "license", "map", "phase", "purchase", "release", "report", "request", "reserve", "review",
            "screen", "sign", "speed", "tax", "test", "transfer", "audit", "spur", "fine", "refund", "lift");

    /** Words after a first word that show it is a noun or a subject, not an imperative verb. */
    static final Set<String> NOT_AFTER_IMPERATIVE = Set.of("of", "is", "are", "was", "were", "has", "have", "had",
            "will", "would", "can", "could", "should", "must", "may", "might", "'s", "’s", "and", "in", "to", "as");
}
