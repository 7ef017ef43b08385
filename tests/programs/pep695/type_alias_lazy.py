type Later = ForwardThing
print('alias created before ForwardThing exists')
try:
    Later.__value__
except NameError as e:
    print(type(e).__name__, e)
class ForwardThing:
    pass
print(Later.__value__)
type Tree = list[Tree] | int
print(Tree.__value__)
calls = []
def compute():
    calls.append('evaluated')
    return int
type Lazy = compute()
print(calls)
print(Lazy.__value__, Lazy.__value__, calls)
