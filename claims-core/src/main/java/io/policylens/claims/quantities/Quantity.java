package io.policylens.claims.quantities;

/**
 * A figure stated in a claim.
 *
 * @param value       numeric value as written, before the scale ("40" in "$40 billion")
 * @param scale       multiplier word: percent, thousand, million, billion, trillion, or null
 * @param unit        currency (USD, KRW, EUR, JPY, GBP, CNY) or the counted noun ("troops", "countries"), or null
 * @param measured    what the figure measures, e.g. "DRAM market" for a share, or null when not recognisable
 * @param period      the year or period the figure refers to ("2017-2021", "2022"), or null
 * @param approximate true for "around", "nearly", "more than"...: the value is a bound or an estimate
 * @param start       offset of the surface form in the document (or sentence, for sentence-level use)
 * @param end         offset just past it
 * @param surface     the text as written
 */
public record Quantity(double value, String scale, String unit, String measured, String period, boolean approximate,
                       int start, int end, String surface) {

    /** The value with its scale applied (percent stays in percent points). */
    public double normalisedValue() {
        if (scale == null) {
            return value;
        }
        return switch (scale) {
            case "thousand" -> value * 1e3;
            case "million" -> value * 1e6;
            case "billion" -> value * 1e9;
            case "trillion" -> value * 1e12;
            default -> value;
        };
    }

    /**
     * A figure written with digits, a scale or a currency: "20 percent", "$40 billion", "620,000 troops", not "three
     * factors".
     */
    public boolean specific() {
        return scale != null || unit != null && unit.equals(unit.toUpperCase(java.util.Locale.ROOT))
                || surface.chars().anyMatch(Character::isDigit);
    }

    public boolean percentage() {
        return "percent".equals(scale);
    }

    public Quantity shifted(int offset) {
        return new Quantity(value, scale, unit, measured, period, approximate, start + offset, end + offset, surface);
    }
}
