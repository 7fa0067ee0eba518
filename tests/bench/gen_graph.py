#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a funding graph as FtM JSON lines for the graph benchmark: actors, then payments.

    gen_graph.py [--actors N] [--payments M] [--seed S] [--out FILE]

Actors (default 100,000) are Person, Company, Organization and PublicBody in turn, each with a
name. Payments (default 1,000,000) go from a payer to a different beneficiary, with an amount,
a currency (EUR, USD or GBP) and a year. Payers are strongly skewed towards the first actors
(index = N * u^3 for uniform u), so a few funders make many payments; beneficiaries less so
(N * u^1.5). Repeated pairs (parallel payments) and cycles occur naturally. Ids are SHA-1 hex
digests of the seed, kind and counter. The same seed and arguments give byte-identical output.
Standard library only; streams its output.
"""

import argparse
import hashlib
import random
import sys

SCHEMATA = ["Person", "Company", "Organization", "PublicBody"]
CURRENCIES = ["EUR", "USD", "GBP"]


def ident(seed, kind, i):
    return hashlib.sha1(f"{seed}:{kind}:{i}".encode()).hexdigest()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=100_000)
    parser.add_argument("--payments", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.actors < 2 or args.payments < 0:
        parser.error("need at least 2 actors and no negative payment count")

    rng = random.Random(args.seed)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    n = args.actors
    actor_ids = [ident(args.seed, "actor", i) for i in range(n)]
    write = out.write
    for i, aid in enumerate(actor_ids):
        schema = SCHEMATA[i % 4]
        write(f'{{"id": "{aid}", "schema": "{schema}", '
              f'"properties": {{"name": ["{schema} {i}"]}}}}\n')
    rand = rng.random
    for j in range(args.payments):
        payer = int(n * rand() ** 3)
        beneficiary = int(n * rand() ** 1.5)
        while beneficiary == payer:
            beneficiary = int(n * rand())
        amount = int(rand() * 1_000_000) / 4 + 1
        write(f'{{"id": "{ident(args.seed, "payment", j)}", "schema": "Payment", "properties": '
              f'{{"payer": ["{actor_ids[payer]}"], "beneficiary": ["{actor_ids[beneficiary]}"], '
              f'"amount": ["{amount:.2f}"], "currency": ["{CURRENCIES[j % 3]}"], '
              f'"date": ["{2005 + int(rand() * 20)}"]}}}}\n')
    if args.out:
        out.close()
    print(f"gen_graph: {n} actors, {args.payments} payments", file=sys.stderr)


if __name__ == "__main__":
    main()
