#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write resources/model/model.json, Commonplace's model file, from a FollowTheMoney model dump.

The property names, types, ranges and edges follow FollowTheMoney (MIT licence,
alephdata/followthemoney) so that files round-trip with Aleph, OpenSanctions and
nomenklatura. Our file keeps only what each schema declares itself (inherited
properties are resolved by core/model at load time) and drops descriptions.

    python3 resources/model/make_model.py ../shared/fixtures/ftm/followthemoney-model.json
"""
import json
import sys
from pathlib import Path

KEEP_TYPE = ("label", "plural", "matchable", "pivot", "maxLength", "group")
KEEP_PROP = ("label", "type", "range", "reverse", "hidden", "matchable", "maxLength", "stub")

# Properties that later FollowTheMoney releases added and that OpenSanctions data already
# uses (e.g. the zala fixture), declared here so such files import without loss.
NEWER = {
    ("Organization", "abbreviation"): {"label": "Abbreviation", "type": "name",
                                       "matchable": True, "maxLength": 384},
}


def main(src: str) -> None:
    ref = json.loads(Path(src).read_text(encoding="utf-8"))
    types = {}
    for name, spec in sorted(ref["types"].items()):
        out = {k: spec[k] for k in KEEP_TYPE if k in spec}
        if name in ("country", "language", "topic", "gender") and spec.get("values"):
            out["values"] = dict(sorted(spec["values"].items()))
        types[name] = out
    schemata = {}
    for name, spec in sorted(ref["schemata"].items()):
        out = {
            "label": spec.get("label", name),
            "plural": spec.get("plural", name),
        }
        for key in ("abstract", "matchable", "generated", "deprecated"):
            if spec.get(key):
                out[key] = True
        for key in ("extends", "caption", "featured", "required"):
            if spec.get(key):
                out[key] = list(spec[key])
        if spec.get("edge"):
            edge = spec["edge"]
            out["edge"] = {k: edge[k] for k in ("source", "target", "directed", "label", "caption") if k in edge}
        if spec.get("temporalExtent"):
            out["temporalExtent"] = spec["temporalExtent"]
        props = {}
        for pname, p in sorted(spec.get("properties", {}).items()):
            if p.get("qname", f"{name}:{pname}").split(":")[0] != name:
                continue  # inherited: declared by an ancestor
            props[pname] = {k: p[k] for k in KEEP_PROP if k in p and p[k] not in (None, False)}
        for (sname, pname), p in NEWER.items():
            if sname == name and pname not in props:
                props[pname] = p
        out["properties"] = dict(sorted(props.items()))
        schemata[name] = out
    model = {"version": 1, "types": types, "schemata": schemata}
    dest = Path(__file__).with_name("model.json")
    dest.write_text(json.dumps(model, ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{dest}: {len(schemata)} schemata, {len(types)} types")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/fixtures/ftm/followthemoney-model.json")
