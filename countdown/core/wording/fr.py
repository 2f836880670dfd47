"""French: "dans 12 jours", "la période commence dans 220 jours", "27 nov. 2026" (CLDR forms).

A launch is "le lancement" and a window "la période", as in the window strings; "\u00a0"
before ":" and "?" is French typography's no-break space.
"""

from __future__ import annotations

from countdown.core.wording.book import Phrase, Wording, plural_french

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")  # fmt: skip
SHORT = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")  # fmt: skip
WEEKDAYS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")

PHRASES: dict[str, Phrase] = {
    "unit_d": "{n} j",
    "unit_h": "{n} h",
    "unit_min": "{n} min",
    "two_units": "{a} {b}",
    "in_span": "dans {span}",
    "now": "maintenant",
    "launched_ago": "lancé il y a {span}",
    "in_days": ("dans {n} jour", "dans {n} jours"),
    "tomorrow": "demain",
    "today": "aujourd’hui",
    "yesterday": "hier",
    "days_ago": ("il y a {n} jour", "il y a {n} jours"),
    "opens_tomorrow": "commence demain",
    "opens_in": ("commence dans {n} jour", "commence dans {n} jours"),
    "window_opens_tomorrow": "la période commence demain",
    "window_opens_in": ("la période commence dans {n} jour", "la période commence dans {n} jours"),
    "passed_yesterday": "terminée hier",
    "passed_ago": ("terminée il y a {n} jour", "terminée il y a {n} jours"),
    "window_passed_yesterday": "période terminée hier",
    "window_passed_ago": ("période terminée il y a {n} jour", "période terminée il y a {n} jours"),
    "open": "en cours · {day} · {tail}",
    "window_open": "période en cours · {day} · {tail}",
    "overdue": "période passée — lancé\u00a0?",
    "day_of": "jour {n} sur {total}",
    "last_day": "dernier jour",
    "days_left": ("encore {n} jour", "encore {n} jours"),
    "date": "{d} {mon} {y}",
    "date_no_year": "{d} {mon}",
    "date_full": "{d} {mon} {y}",
    "date_weekday": "{wd} {d} {mon} {y}",
    "date_plain": "{d} {mon} {y}",
    "range_years": "{a} – {b}",
    "range_months": "{a} – {b}",
    "range_days": "{d1}–{d2} {mon} {y}",
    "instant": "{date} à {clock}",
    "instant_span": "{date} à {clock}{offset}",
    "by": "d’ici le {date}",
    "early_month": "début {month} {y}",
    "mid_month": "mi-{month} {y}",
    "late_month": "fin {month} {y}",
    "week_of": "semaine du {date}",
    "month_year": "{month} {y}",
    "month_year_short": "{mon} {y}",
    "months_same_year": "{mon1}–{mon2} {y}",
    "months_years": "{a} – {b}",
    "early_year": "début {y}",
    "mid_year": "mi-{y}",
    "late_year": "fin {y}",
    "spring": "printemps {y}",
    "summer": "été {y}",
    "fall": "automne {y}",
    "holiday": "fêtes de fin d’année {y}",
    "winter": "hiver {y}-{y2}",
    "season": "saison {y}",
    "quarter": "T{q} {y}",
    "quarters": "{a} – {b}",
    "half1": "S1 {y}",
    "half2": "S2 {y}",
    "year": "{y}",
    "years": "{y1}–{y2}",
    "alert_tomorrow": "{name}\u00a0: lancement demain",
    "alert_in_days": (
        "{name}\u00a0: lancement dans {n} jour",
        "{name}\u00a0: lancement dans {n} jours",
    ),
    "alert_in_hour": "{name}\u00a0: lancement dans 1 heure",
    "alert_today": "{name}\u00a0: lancement aujourd’hui",
    "alert_now": "{name}\u00a0: lancement en cours",
    "alert_opens_tomorrow": "{name}\u00a0: la période commence demain",
    "alert_opens_in": (
        "{name}\u00a0: la période commence dans {n} jour",
        "{name}\u00a0: la période commence dans {n} jours",
    ),
    "alert_opens_today": "{name}\u00a0: la période commence aujourd’hui",
    "alert_last_day": "{name}\u00a0: dernier jour de la période",
    "alert_passed": "{name}\u00a0: période terminée — lancé\u00a0?",
    "day_at": "{day} à {clock}",
    "body_launches": "Lancement le {when}.",
    "body_at": "Lancement à {clock}.",
    "body_today_at": "Lancement aujourd’hui à {clock}.",
    "body_scheduled": "Prévu le {when}.",
    "body_day": "Jour du lancement\u00a0: {label}.",
    "body_expected": "Prévu\u00a0: {label} ({first} – {last}).",
    "body_question": "{body} Marquez-le comme lancé, changez la date ou attendez encore.",
}

FRENCH = Wording(
    "fr", PHRASES, plural_french, MONTHS, SHORT, SHORT, WEEKDAYS, day_pattern="d MMM yyyy"
)
