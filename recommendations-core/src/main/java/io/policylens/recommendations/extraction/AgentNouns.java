package io.policylens.recommendations.extraction;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tells nouns that name parties who can act (people, professions, organisations, bodies: "manufacturers",
 * "adults", "providers", "regulators", "STPs") from nouns that name things ("devolution", "training",
 * "budgets"). A modal's subject is its actor only when its head is such a noun (GUIDELINES R10); a
 * subject headed by a thing makes the sentence passive-like, and the actor comes from the context.
 *
 * <p>A word list plus agent suffixes (-er, -or, -ist, -ian, -ant, -ent, -ee) with their common
 * exceptions: what a part-of-speech tagger with a semantic class would give, for the few hundred
 * heads that policy texts use.
 */
final class AgentNouns {

    /** Singular forms; plurals are derived. Kept to parties that can be asked to act. */
    private static final Set<String> SINGULAR = words("adult", "child", "person", "parent", "family", "household",
            "patient", "consumer", "citizen", "resident", "individual", "taxpayer", "voter", "youth", "student",
            "pupil", "teacher", "educator", "school", "university", "college", "doctor", "nurse", "clinician",
            "physician", "pharmacist", "hospital", "trust", "provider", "insurer", "employer", "employee", "worker",
            "union", "business", "company", "firm", "corporation", "enterprise", "manufacturer", "producer", "industry",
            "retailer", "supplier", "exporter", "importer", "investor", "bank", "lender", "landlord", "tenant",
            "developer", "builder", "operator", "platform", "gatekeeper", "utility", "government", "state", "country",
            "nation", "economy", "member", "party", "council", "municipality", "city", "province", "region",
            "authority", "agency", "regulator", "minister", "ministry", "department", "official", "policymaker",
            "policy-maker", "decision-maker", "lawmaker", "legislator", "legislature", "parliament", "leader", "donor",
            "partner", "ally", "stakeholder", "organisation", "organization", "institution", "charity", "ngo",
            "community", "commission", "committee", "board", "court", "judge", "prosecutor", "researcher", "scientist",
            "expert", "practitioner", "professional", "manager", "owner", "farmer", "airline", "carrier", "funder",
            "foundation", "philanthropy", "supervisor", "inspector", "auditor", "commissioner", "administrator",
            "governor", "mayor", "premier", "president", "chancellor", "treasury", "office", "senate", "assembly",
            "congress", "cabinet", "administration", "executive", "service", "sector", "agent", "actor", "body",
            "group", "coalition", "alliance", "bloc", "federation", "association", "network", "consortium",
            "secretariat", "ombudsman", "regulator", "watchdog", "shipyard", "utility", "broker", "trader", "dealer",
            "distributor", "contractor", "vendor", "seller", "buyer", "purchaser", "user", "customer", "client",
            "subscriber", "caregiver", "carer", "employer", "entrepreneur", "innovator", "startup", "team", "staff",
            "police", "military", "army", "navy", "force", "public", "people", "society", "district", "county",
            "town", "village", "council", "locality", "territory", "jurisdiction", "economy", "democracy", "power",
            "capital", "central bank", "police force");

    private static final Set<String> IRREGULAR_PLURALS = words("children", "people", "men", "women", "staff",
            "police", "youth", "public", "clergy", "personnel", "media", "industries", "economies", "parties",
            "communities", "charities", "universities", "authorities", "agencies", "municipalities", "cities",
            "countries", "families", "utilities", "philanthropies", "allies", "bodies", "democracies", "jurisdictions",
            "territories", "counties", "societies", "companies", "ministries", "treasuries", "legislatures");

    /** -er/-or/-ant/-ent/-ee words that name things or ideas, not parties. */
    private static final Set<String> SUFFIX_EXCEPTIONS = words("number", "matter", "order", "border", "paper", "letter",
            "barrier", "center", "centre", "other", "layer", "filter", "chapter", "answer", "water", "offer",
            "transfer", "waiver", "folder", "parameter", "register", "disorder", "quarter", "headquarter", "corner",
            "container", "computer", "tower", "cancer", "fever", "lever", "river", "weather", "winter",
            "summer", "character", "cluster", "shelter", "theater", "theatre", "meter", "kilometer", "litre",
            "liter", "caliber", "fiber", "fibre", "paper", "border", "ledger", "marker", "trigger", "finger",
            "danger", "anger", "hunger", "water", "letter", "banner", "manner", "pattern", "dinner", "partner",
            "sector", "factor", "indicator", "error", "door", "floor", "vector", "motor", "color", "colour", "mirror",
            "rumor", "rumour", "terror", "corridor", "horror", "tensor", "sensor", "reactor", "detector", "interior",
            "major", "minor", "honor", "honour", "labor", "labour", "vigor", "favor", "favour", "behavior",
            "behaviour", "humor", "flavor", "harbor", "tractor", "elevator", "calculator", "conductor", "processor",
            "predictor", "multiplier", "accelerator", "plant", "grant", "implant", "constant", "pollutant",
            "restaurant", "warrant", "covenant", "elephant", "variant", "event", "content", "incident", "accident",
            "percent", "cent", "talent", "patent", "extent", "intent", "ingredient", "nutrient", "coefficient",
            "gradient", "current", "precedent", "component", "segment", "fee", "degree", "tree", "guarantee",
            "decree", "coffee", "referee", "jubilee", "pedigree", "trainee", "ancestor", "century", "consent",
            "accent", "descent", "ascent", "rent", "tent", "dent", "scent", "vent", "advent", "torrent", "parliament",
            "equivalent", "element", "argument", "treatment", "moment", "statement", "payment", "document",
            "instrument", "investment", "agreement", "requirement", "commitment", "amendment", "movement",
            "environment", "development", "settlement", "assessment", "improvement", "adjustment", "shipment",
            "deficit", "surplus", "letter", "bitter", "butter", "shutter", "scatter", "platter", "newsletter",
            "trillion", "billion", "million", "thousand", "hundred", "dozen", "year", "quarter", "semester", "computer",
            "chamber", "december", "november", "october", "september", "monster", "disaster", "register", "minister",
            // verbs with agent-like endings: "considers that", "insists that" are not relative clauses
            "consider", "remember", "deliver", "suffer", "discover", "gather", "enter", "wonder", "cover", "recover",
            "render", "bother", "alter", "hinder", "foster", "bolster", "counter", "lower", "differ", "prefer",
            "refer", "defer", "confer", "infer", "encounter", "administer", "cater", "steer", "empower", "usher",
            "tailor", "present", "represent", "prevent", "invent", "lament", "comment", "implement", "augment",
            "supplement", "cement", "torment", "orient", "supplant", "enchant", "insist", "assist", "persist",
            "resist", "exist", "consist", "enlist", "twist", "deter", "endanger", "trigger", "recent", "urgent",
            "important", "significant", "relevant", "different", "sufficient", "efficient", "consistent", "dependent",
            "independent", "apparent", "evident", "present", "permanent", "prominent", "frequent", "transparent",
            "excellent", "adjacent", "abundant", "reluctant", "dominant", "distant", "constant", "pleasant",
            "brilliant", "elegant", "vacant", "ignorant", "arrogant", "tolerant", "resilient", "competent",
            "incumbent", "prevalent", "violent", "silent", "latent");

    private static final Set<String> ACRONYM_NOT_AGENT = words("AI", "GDP", "GNI", "GNP", "IT", "ICT", "EV", "EVS",
            "API", "APIS", "CO2", "GHG", "VAT", "ODA", "FDI", "ITC", "DPA", "LNG", "R&D", "CPI", "PDF", "URL", "CEO",
            "CEOS", "ID", "IDS", "PPE", "PPP", "ESG", "IP", "UV", "TV", "GPS", "PC", "HIV", "AIDS", "COVID", "NCD",
            "NCDS", "STEM", "OK", "AM", "PM", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "USD", "EUR", "GBP",
            "CAD", "AUD", "JPY", "KRW", "CNY", "RMB", "LLC", "LTD", "PLC", "FY", "Q1", "Q2", "Q3", "Q4", "SME",
            "SMES", "TCP", "IPO", "ETF", "ETFS", "NAFTA", "USMCA", "IRA", "CHIPS", "GAAP", "ISO");

    private static final Set<String> AGENTS = expand();

    private AgentNouns() {
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private static Set<String> expand() {
        Set<String> all = new HashSet<>(IRREGULAR_PLURALS);
        for (String noun : SINGULAR) {
            all.add(noun);
            all.add(plural(noun));
        }
        return all;
    }

    private static String plural(String noun) {
        if (noun.endsWith("y") && noun.length() > 2 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun + "es";
        }
        return noun + "s";
    }

    /** True when {@code word} (any case) is the head noun of a party that can act. */
    static boolean isAgent(String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (isAcronym(word)) {
            return !ACRONYM_NOT_AGENT.contains(word.toUpperCase(Locale.ROOT));
        }
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (AGENTS.contains(lower)) {
            return true;
        }
        String singular = singular(lower);
        if (SUFFIX_EXCEPTIONS.contains(singular) || singular.length() < 5) {
            return false;
        }
        if (singular.endsWith("ment")) {
            return false;
        }
        return singular.endsWith("er") || singular.endsWith("or") || singular.endsWith("ist")
                || singular.endsWith("ian") || singular.endsWith("ant") || singular.endsWith("ent")
                || singular.endsWith("ee") || singular.endsWith("eer");
    }

    /** True for "STPs", "NGOs", "NHS", "OAIC": two to six capitals, optionally a plural s. */
    static boolean isAcronym(String word) {
        int n = word.length();
        int end = n > 2 && word.charAt(n - 1) == 's' ? n - 1 : n;
        if (end < 2 || end > 6) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            char c = word.charAt(i);
            if (!(Character.isUpperCase(c) || Character.isDigit(c) && i > 0 || c == '&')) {
                return false;
            }
        }
        return true;
    }

    /** True when the head noun is plural ("they" can refer to it). */
    static boolean isPlural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (IRREGULAR_PLURALS.contains(lower)) {
            return true;
        }
        if (isAcronym(word)) {
            return word.endsWith("s");
        }
        return lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is");
    }

    private static String singular(String lower) {
        if (lower.endsWith("ies") && lower.length() > 4) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
            return lower.substring(0, lower.length() - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")) {
            return lower.substring(0, lower.length() - 1);
        }
        return lower;
    }
}
