package io.policylens.recommendations.extraction;

import java.util.HashMap;
import java.util.Map;

/**
 * The world's countries by their usual English names, for addressees the pattern table of
 * {@link ActorLexicon} does not list ("urging Belgium, Estonia and Poland to submit their plans").
 * A lookup by words rather than one regex branch per country: two hundred branches would be tried at
 * every capitalised word.
 */
final class CountryNames {

    private static final String[] NAMES = {
            "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
            "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize",
            "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria",
            "Burkina Faso", "Burundi", "Cabo Verde", "Cambodia", "Cameroon", "Central African Republic", "Chad",
            "Colombia", "Comoros", "Congo", "Costa Rica", "Côte d'Ivoire", "Croatia", "Cuba", "Cyprus", "Czechia",
            "Czech Republic", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt",
            "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland",
            "Gabon", "Gambia", "Georgia", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau",
            "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "Iran", "Iraq", "Ireland", "Israel", "Italy",
            "Jamaica", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia",
            "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar",
            "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius",
            "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia",
            "Nauru", "Nepal", "Netherlands", "Nicaragua", "Niger", "Nigeria", "North Macedonia", "Norway", "Oman",
            "Pakistan", "Palau", "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Poland", "Portugal",
            "Qatar", "Romania", "Rwanda", "Saint Lucia", "Samoa", "San Marino", "Saudi Arabia", "Senegal", "Serbia",
            "Seychelles", "Sierra Leone", "Slovakia", "Slovenia", "Solomon Islands", "Somalia", "South Africa",
            "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Tajikistan",
            "Tanzania", "Thailand", "Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkey",
            "Türkiye", "Turkmenistan", "Tuvalu", "Uganda", "United Arab Emirates", "Uruguay", "Uzbekistan", "Vanuatu",
            "Venezuela", "Yemen", "Zambia", "Zimbabwe", "Scotland", "Wales", "England", "Northern Ireland",
            "Hong Kong", "Brazil", "Argentina", "Egypt"};

    private static final Map<String, String> BY_NAME = new HashMap<>();
    private static final int MAX_WORDS = 4;

    /** The first word of every name (letters only), to reject most capitalised words at once. */
    private static final java.util.Set<String> FIRST_WORDS = new java.util.HashSet<>();

    static {
        for (String name : NAMES) {
            BY_NAME.put(name, name);
        }
        BY_NAME.put("Czech Republic", "Czechia");
        BY_NAME.put("Türkiye", "Turkey");
        BY_NAME.put("UAE", "United Arab Emirates");
        BY_NAME.put("Ivory Coast", "Côte d'Ivoire");
        BY_NAME.put("Côte d’Ivoire", "Côte d'Ivoire");
        for (String name : BY_NAME.keySet()) {
            int end = 0;
            while (end < name.length() && Character.isLetter(name.charAt(end))) {
                end++;
            }
            FIRST_WORDS.add(name.substring(0, end));
        }
    }

    private CountryNames() {
    }

    /** A country name starting at {@code start} and ending before {@code to}: its end, or -1. */
    static int match(CharSequence text, int start, int to) {
        int firstEnd = start;
        while (firstEnd < to && Character.isLetter(text.charAt(firstEnd))) {
            firstEnd++;
        }
        if (firstEnd == start || !FIRST_WORDS.contains(text.subSequence(start, firstEnd).toString())) {
            return -1; // most capitalised words open no country name: one set look-up decides
        }
        int best = -1;
        int end = start;
        for (int words = 0; words < MAX_WORDS; words++) {
            while (end < to && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-'
                    || text.charAt(end) == '\'' || text.charAt(end) == '’')) {
                end++;
            }
            if (end == start) {
                return -1;
            }
            if (BY_NAME.containsKey(text.subSequence(start, end).toString())
                    && (end == to || !Character.isLetterOrDigit(text.charAt(end)))) {
                best = end;
            }
            if (end >= to || text.charAt(end) != ' ' || end + 1 >= to || !Character.isLetter(text.charAt(end + 1))) {
                break;
            }
            end++;
        }
        return best;
    }

    /** The canonical name of a span {@link #match} accepted. */
    static String canonical(CharSequence name) {
        return BY_NAME.get(name.toString());
    }
}
