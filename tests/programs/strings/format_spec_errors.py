# format-spec errors in CPython's order: a separator the type cannot take is refused first.
from decimal import Decimal
cases = [("", "_"), ("", ",.3"), ("str", " .3s"), ("", "+#12_"), (42, "^ z012,X"), (42, ",x"),
         (42, "_x"), (42, ",c"), (3.5, ",n"), (3.5, "_b"), (1 + 2j, ",n"), (True, ",o"),
         (float("nan"), "0=-012,G"), (float("inf"), "012,f"), (1e21, "0=+12,.3"),
         (-1, " 012_.0E"), (255, "012_x"), (255, "#012_b"), (10**20, "0>5c"),
         (Decimal("1.5"), " ^05e"), (Decimal("1.5"), "+5,.10n"), (Decimal("1.5"), "08.2f")]
for v, spec in cases:
    try:
        print(repr(spec), repr(format(v, spec)))
    except (ValueError, OverflowError, TypeError) as e:
        print(repr(spec), type(e).__name__, e)
for v in (10**20, -1, 0x110000, 65):
    try:
        print(repr("%c" % v))
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
