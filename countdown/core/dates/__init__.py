"""The fuzzy window grammar: `parse_window(text, *, base, tz, langs) -> Window`.

`window` is the entry point; the rule families (days, weeks, months, quarters, ranges, relative phrases,
holidays, zones) each live in their own module, dateparser is only the fallback (`fallback`).
"""
