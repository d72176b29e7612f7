#!/usr/bin/env python3
"""The independent oracle of unit_test_valuetypes_oracle: python-stdnum's verdict on each input.

Usage: stdnum_oracle.py INPUT_FILE

Each line of INPUT_FILE is a JSON array [kind, text], kind "uscc" (统一社会信用代码,
stdnum.cn.uscc) or "ric" (居民身份证号码, stdnum.cn.ric). Each line of the output, in the same
order, is a JSON array [verdict, compact]:

- verdict is "OK", or the name of stdnum's exception (InvalidLength, InvalidFormat,
  InvalidChecksum); for ric an InvalidComponent is told apart as "InvalidComponent:date" (no such
  calendar date) or "InvalidComponent:place" (address code not in stdnum's cn/loc.dat);
- compact is the number as stdnum compacts it (its validate() result when OK).

Before stdnum sees it, the text is read the way the issue asks every code to be read, with the
standard library and stdnum's own helper only: unicodedata NFKC (stdnum maps full-width digits but
not full-width letters), then stdnum.util.clean(text, ' -'), which uscc.compact() already applies
and ric.compact() does not (ric keeps inner spaces and hyphens). Everything else is stdnum's.

Exit status 3 with a message on stderr when stdnum cannot be imported.
"""

import functools
import json
import sys
import unicodedata

try:
    from stdnum import exceptions, numdb
    from stdnum.cn import ric, uscc
    from stdnum.util import clean
except ImportError as error:  # pragma: no cover - reported by the C++ test
    sys.stderr.write('python3-stdnum is not importable by %s: %s\n' % (sys.executable, error))
    sys.exit(3)

MODULES = {'uscc': uscc, 'ric': ric}

# ric looks each address code up by a linear scan of cn/loc.dat (about 1 ms); the same code gets
# the same answer, so remember it. A cache only: the verdicts are stdnum's.
_locations = numdb.get('cn/loc')
_locations.info = functools.lru_cache(maxsize=None)(_locations.info)


def verdict(kind, text):
    module = MODULES[kind]
    compact = clean(unicodedata.normalize('NFKC', text), ' -').upper().strip()
    try:
        return 'OK', module.validate(compact)
    except exceptions.InvalidComponent:
        if module is ric:
            try:
                ric.get_birth_date(compact)
            except exceptions.InvalidComponent:
                return 'InvalidComponent:date', compact
            return 'InvalidComponent:place', compact
        return 'InvalidComponent', compact
    except exceptions.ValidationError as error:
        return type(error).__name__, compact


def main():
    if len(sys.argv) != 2:
        sys.stderr.write(__doc__)
        return 2
    out = []
    with open(sys.argv[1], encoding='utf-8') as lines:
        for line in lines:
            kind, text = json.loads(line)
            out.append(json.dumps(verdict(kind, text)))
    sys.stdout.write('\n'.join(out) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
