"""Score the posting reader against hand-labelled postings.

    python bench/eval_postings.py [--as text|pdf|html|all] [--quiet] [FOLDER]
                                               (default: all forms, ../shared/postings)

For each `NAME.txt` (or a saved web page `NAME.html`) with a `NAME.json` answer (schema in
that folder's README) it prints
per-kind precision / recall / F1, required-vs-optional accuracy, exact max_pages and count
accuracy over matched items, the postings read empty, and every miss, so a change to the rules
can be judged at once. Near misses (publications ≈ writing_sample, resume ≈ cv) count half.
`--as pdf` / `--as html` score the same postings rendered as a PDF and as a saved web page
(bench/posting_formats.py) and read back as the app reads such files; `all` (the default) lists
the misses as text, then prints a summary row for each form.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.posting_formats import as_pdf, as_web_page
from packetizer.core.posting import posting_text_from_bytes, read_posting

FORMS = ("text", "pdf", "html")


def posting_as(txt: Path, form: str) -> str:
    """The posting's text as the app gets it from a file of that form. A posting kept as a
    saved web page (NAME.html) is that page in the html form, its text as the app reads it in
    the text form, and that text printed in the pdf form."""
    if txt.suffix == ".html":
        page = txt.read_bytes()
        if form == "html":
            return posting_text_from_bytes(page, txt.name)
        text = posting_text_from_bytes(page, txt.name)
        if form == "pdf":
            return posting_text_from_bytes(as_pdf(text), txt.with_suffix(".pdf").name)
        return text
    text = txt.read_text(encoding="utf-8")
    if form == "pdf":
        return posting_text_from_bytes(as_pdf(text), txt.with_suffix(".pdf").name)
    if form == "html":
        return posting_text_from_bytes(as_web_page(text).encode(), txt.with_suffix(".html").name)
    return text

NEAR = {frozenset({"publications", "writing_sample"}), frozenset({"resume", "cv"})}


def _expected(answer: dict) -> list[dict]:
    items = []
    for group, required in (("required", True), ("optional", False)):
        for item in answer.get(group, []):
            items.append({**item, "required": required})
    return items


def _words(label: str) -> set[str]:
    # (a label of short words only, "CD", is its short words)
    words = re.findall(r"[a-z]{4,}", label.lower()) or re.findall(r"[a-z]{2,}", label.lower())
    return {w[:5] for w in words}


def _pairs_with(exp: dict, got, exact: bool) -> bool:
    """Is `got` the expected item? The same kind (or a near miss), and for "other" — which
    names anything — a word of the label in common ("Summary of your dissertation" is not
    "30% to research")."""
    if got.kind != exp["kind"] and (exact or frozenset({got.kind, exp["kind"]}) not in NEAR):
        return False
    return exp["kind"] != "other" or bool(_words(exp["label"]) & _words(got.label))


def _match(expected: list[dict], got: list) -> tuple[list, list, list]:
    """Pair expected and found items by kind (exact first, then near misses), each with the
    found item whose label is nearest."""
    pairs, left = [], list(got)
    unmatched = []
    for exact in (True, False):
        rest = []
        for exp in expected if exact else unmatched:
            # of several found items of the kind, the one whose label shares most words
            # ("two or three representative papers", not "links to … publications")
            fits = [g for g in left if _pairs_with(exp, g, exact)]
            words = _words(exp["label"])
            hit = max(fits, key=lambda g: len(words & _words(g.label)), default=None)
            if hit is None:
                rest.append(exp)
                continue
            left.remove(hit)
            pairs.append((exp, hit, exact))
        unmatched = rest
    return pairs, unmatched, left


def evaluate(folder: Path, verbose: bool = True, form: str = "text") -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    req_ok = req_n = pages_ok = pages_n = count_ok = count_n = 0
    meta_ok = Counter()
    empty = 0
    files = sorted(p for p in [*folder.glob("*.txt"), *folder.glob("*.html")]
                   if p.with_suffix(".json").exists())
    for txt in files:
        answer = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        posting = read_posting(posting_as(txt, form))
        expected = _expected(answer)
        empty += bool(expected) and not posting.requirements
        pairs, missed, extra = _match(expected, posting.requirements)
        lines = []
        for exp, got, exact in pairs:
            weight = 1.0 if exact else 0.5
            tp[exp["kind"]] += weight
            if not exact:
                fn[exp["kind"]] += 0.5
                fp[got.kind] += 0.5
                lines.append(f"  near   {exp['kind']} ~ {got.kind}: {got.label!r}")
            req_n += 1
            req_ok += exp["required"] == got.required
            if exp["required"] != got.required:
                lines.append(f"  req    {exp['kind']}: expected required={exp['required']}")
            pages_n += 1
            pages_ok += exp.get("max_pages") == got.max_pages
            if exp.get("max_pages") != got.max_pages:
                lines.append(f"  pages  {exp['kind']}: expected {exp.get('max_pages')}, "
                             f"got {got.max_pages}")
            count_n += 1
            want = (exp.get("min_count"), exp.get("max_count"))
            have = (got.min_count, got.max_count)
            count_ok += want == have
            if want != have:
                lines.append(f"  count  {exp['kind']}: expected {want}, got {have}")
        for exp in missed:
            fn[exp["kind"]] += 1
            lines.append(f"  MISSED {exp['kind']}: {exp['label']!r}")
        for got in extra:
            fp[got.kind] += 1
            lines.append(f"  EXTRA  {got.kind}: {got.label!r}")
        meta_ok["deadline"] += answer.get("deadline") == posting.deadline
        meta_ok["single_pdf"] += answer.get("single_pdf_requested", False) == posting.single_pdf
        if verbose and lines:
            print(f"{txt.name}:")
            print("\n".join(lines))
        if verbose and answer.get("deadline") != posting.deadline:
            print(f"{txt.name}: deadline expected {answer.get('deadline')}, "
                  f"got {posting.deadline}")

    all_tp, all_fp, all_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    precision = all_tp / (all_tp + all_fp) if all_tp + all_fp else 0.0
    recall = all_tp / (all_tp + all_fn) if all_tp + all_fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result = {
        "kind_f1": f1, "precision": precision, "recall": recall,
        "required_accuracy": req_ok / req_n if req_n else 1.0,
        "max_pages_accuracy": pages_ok / pages_n if pages_n else 1.0,
        "count_accuracy": count_ok / count_n if count_n else 1.0,
        "deadline_accuracy": meta_ok["deadline"] / len(files) if files else 1.0,
        "single_pdf_accuracy": meta_ok["single_pdf"] / len(files) if files else 1.0,
        "postings": len(files), "empty": empty, "form": form,
    }
    if not verbose:
        return result
    kinds = sorted(set(tp) | set(fp) | set(fn))
    print(f"\n{'kind':22} {'prec':>6} {'rec':>6} {'F1':>6}   tp    fp    fn")
    for kind in kinds:
        p = tp[kind] / (tp[kind] + fp[kind]) if tp[kind] + fp[kind] else 0.0
        r = tp[kind] / (tp[kind] + fn[kind]) if tp[kind] + fn[kind] else 0.0
        kind_f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{kind:22} {p:6.2f} {r:6.2f} {kind_f1:6.2f} {tp[kind]:5.1f} {fp[kind]:5.1f} "
              f"{fn[kind]:5.1f}")
    print(f"\noverall kind F1 {f1:.3f} (precision {precision:.3f}, recall {recall:.3f}) over "
          f"{len(files)} postings, {empty} read empty")
    for key in ("required_accuracy", "max_pages_accuracy", "count_accuracy",
                "deadline_accuracy", "single_pdf_accuracy"):
        print(f"{key:22} {result[key]:.3f}")
    return result


def main(argv: list[str]) -> int:
    forms, quiet, folder = FORMS, False, Path(__file__).resolve().parents[2] / "shared" / "postings"
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--as" and args:
            choice = args.pop(0)
            forms = FORMS if choice == "all" else (choice,)
        elif arg == "--quiet":
            quiet = True
        else:
            folder = Path(arg)
    if any(form not in FORMS for form in forms):
        print("--as takes text, pdf, html or all", file=sys.stderr)
        return 2
    # the first form with every miss listed (unless --quiet), then one row per form
    results = [evaluate(folder, verbose=not quiet and i == 0, form=form)
               for i, form in enumerate(forms)]
    if len(forms) > 1 or quiet:
        print()
        print(f"{'form':6} {'F1':>6} {'prec':>6} {'rec':>6} {'req':>6} {'pages':>6} {'counts':>6} "
              f"{'empty':>6}  postings")
        for r in results:
            print(f"{r['form']:6} {r['kind_f1']:6.3f} {r['precision']:6.3f} {r['recall']:6.3f} "
                  f"{r['required_accuracy']:6.3f} {r['max_pages_accuracy']:6.3f} "
                  f"{r['count_accuracy']:6.3f} {r['empty']:6}  {r['postings']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
