from dataclasses import dataclass
from collections import namedtuple
@dataclass
class Order:
    item: str
    qty: int
    rush: bool = False
Pt = namedtuple('Pt', 'x y')
def process(o):
    match o:
        case Order(item, qty=0):
            return f'{item}: nothing to ship'
        case Order(item, qty, rush=True):
            return f'{item} x{qty} RUSH'
        case Order(item=name, qty=n):
            return f'{name} x{n}'
        case Pt(x, y) if x == y:
            return f'diagonal point {x}'
        case Pt(x=0):
            return 'point on y axis'
        case (a, b):
            return f'plain pair {a},{b}'
for o in [Order('pen', 0), Order('ink', 2, True), Order('pad', 5), Pt(3, 3), Pt(0, 9), Pt(1, 2)]:
    print(process(o))
print(Order.__match_args__, Pt.__match_args__)
