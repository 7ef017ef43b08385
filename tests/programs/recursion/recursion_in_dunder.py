class Loop:
    def __getattr__(self, name):
        return getattr(self, name + '_')
try:
    Loop().x
except RecursionError as e:
    print('getattr recursion:', type(e).__name__)
class SelfRepr:
    def __repr__(self):
        return repr(self)
try:
    repr(SelfRepr())
except RecursionError as e:
    print('repr recursion:', type(e).__name__)
nested = []
cur = nested
for _ in range(100000):
    new = []
    cur.append(new)
    cur = new
try:
    repr(nested)
except RecursionError as e:
    print('deep repr:', type(e).__name__)
class Eq:
    def __eq__(self, other):
        return self == other
try:
    Eq() == Eq()
except RecursionError as e:
    print('eq recursion:', type(e).__name__)
print('recovered')
