"""The tables of docs/warnings-quality.md, from the tallies tools/eval_warnings.py counts
(apart so that the tool stays small)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for the annotations: the tool imports this module
    from tools.eval_warnings import Tally


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "–"


def ordinary_table(tallies: list[Tally]) -> list[str]:
    lines = ["| corpus | posts | tone/risk/privacy caution+ (goal ≤ 5 %) | the same without "
             "explicit profanity | any caution+ (goal ≤ 10 %) | information notes only |",
             "|---|---:|---:|---:|---:|---:|"]
    for t in tallies:
        if len(t.kinds) > 1:
            for kind in sorted(t.kinds):
                n = t.kinds[kind]
                lines.append(f"| {t.name}: {kind} | {n} | {pct(t.kind_alarm[kind], n)} | | "
                             f"{pct(t.kind_any[kind], n)} | |")
        lines.append(f"| {t.name} | {t.size} | {pct(t.risky_alarm, t.size)} | "
                     f"{pct(t.risky_alarm_clean, t.size)} | "
                     f"{pct(t.any_alarm, t.size)} | {pct(t.notes, t.size)} |")
    return lines


def code_table(ordinary: list[Tally], risky: list[Tally]) -> list[str]:
    codes = sorted(set().union(*(t.per_code for t in ordinary + risky),
                               *(t.info_code for t in ordinary)))
    head = " | ".join(f"false alarms: {t.name} (n={t.size})" for t in ordinary)
    head += " | " + " | ".join(f"fires on: {t.name} (n={t.size})" for t in risky)
    lines = [f"| code | {head} | information notes: {ordinary[0].name} |",
             "|---|" + "---:|" * (len(ordinary) + len(risky) + 1)]
    for code in codes:
        cells = [pct(t.per_code[code], t.size) for t in ordinary]
        cells += [pct(t.per_code[code], t.size) for t in risky]
        cells.append(pct(ordinary[0].info_code[code], ordinary[0].size))
        lines.append(f"| `{code}` | " + " | ".join(cells) + " |")
    return lines


def recall_table(risky: list[Tally]) -> list[str]:
    lines = ["| corpus | kind | posts | caught (goal ≥ 90 %) |", "|---|---|---:|---:|"]
    for t in risky:
        for kind in sorted(t.kinds):
            lines.append(f"| {t.name} | {kind} | {t.kinds[kind]} | "
                         f"{pct(t.caught[kind], t.kinds[kind])} |")
        lines.append(f"| {t.name} | **all** | {t.size} | "
                     f"**{pct(sum(t.caught.values()), t.size)}** |")
    return lines
