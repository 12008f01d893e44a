"""The same summary with pandas + openpyxl: what a project manager would otherwise write.

    python3 bench/pandas_summary.py bench/data/400x250 > summary-pandas.json

Reads inputs/<partner>/<lab>/registrations.xlsx and feedback.xlsx as gen-scale writes them and
computes per lab: registrations (de-duplicated by e-mail), attendees, counts by stakeholder type
and by sector (multi-valued sectors exploded), feedback means per question; and the totals with
unique people across labs. Used by bench/run as baseline (c).
"""

import json
import sys
from pathlib import Path

import pandas as pd

QUESTIONS = {
    "How satisfied were you with the lab overall? (1-5)": "overall",
    "How useful was the lab for your work? (1-5)": "usefulness",
    "How well was the lab organised? (1-5)": "organisation",
    "How likely are you to recommend the lab to a colleague? (0-10)": "recommend",
}


def main(root: Path) -> None:
    regs, feedback = [], []
    for lab_dir in sorted(p for p in root.glob("*/*") if p.is_dir()):
        key = f"{lab_dir.parent.name}/{lab_dir.name}"
        r = pd.read_excel(lab_dir / "registrations.xlsx", engine="openpyxl")
        r["lab"] = key
        regs.append(r)
        f = pd.read_excel(lab_dir / "feedback.xlsx", engine="openpyxl")
        f["lab"] = key
        feedback.append(f)
    r = pd.concat(regs, ignore_index=True)
    r["email"] = r["Email"].astype(str).str.strip().str.lower()
    r["attended"] = r["Attended"].astype(str).str.strip().str.lower().isin(["yes", "y", "true", "1"])
    people = r.groupby(["lab", "email"], sort=False).agg(
        stakeholder_type=("Stakeholder type", "first"), sector=("Sector", "first"), attended=("attended", "any")
    ).reset_index()
    per_lab = people.groupby("lab").agg(registrations=("email", "size"), attendees=("attended", "sum"))
    by_type = people.groupby(["lab", "stakeholder_type"]).agg(registered=("email", "size"), attended=("attended", "sum"))
    sectors = people.assign(sector=people["sector"].astype(str).str.split(r"\s*[,;|]\s*")).explode("sector")
    by_sector = sectors.groupby(["lab", "sector"]).agg(registered=("email", "size"), attended=("attended", "sum"))
    f = pd.concat(feedback, ignore_index=True).rename(columns=QUESTIONS)
    means = f.groupby("lab")[list(QUESTIONS.values())].mean()
    responses = f.groupby("lab").size()

    labs = {}
    for lab, row in per_lab.iterrows():
        labs[lab] = {
            "registrations": int(row["registrations"]),
            "attendees": int(row["attendees"]),
            "by_stakeholder_type": {t: {"registered": int(v["registered"]), "attended": int(v["attended"])} for t, v in by_type.loc[lab].iterrows()},
            "by_sector": {s: {"registered": int(v["registered"]), "attended": int(v["attended"])} for s, v in by_sector.loc[lab].iterrows()},
            "feedback_responses": int(responses.get(lab, 0)),
            "feedback_mean": {q: round(float(m), 4) for q, m in means.loc[lab].items()},
        }
    summary = {
        "totals": {
            "labs": len(labs),
            "registrations": int(per_lab["registrations"].sum()),
            "attendees": int(per_lab["attendees"].sum()),
            "feedback_responses": int(responses.sum()),
            "unique_registered_people": int(people["email"].nunique()),
            "unique_attendee_people": int(people.loc[people["attended"], "email"].nunique()),
        },
        "labs": labs,
    }
    json.dump(summary, sys.stdout, indent=1, sort_keys=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
