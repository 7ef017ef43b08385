# The compiler copies small exit blocks into the jumps to them and drops unreachable code,
# as CPython's does: each path of a conditional return ends in its own return.
import dis

def pick(a, b):
    return a if a < b else b

def branchy(s1, s2):
    if s1 < s2:
        x = 1
    else:
        x = 2
    return x

def early(v):
    if v is None:
        return 0
    return v + 1
    print("never")

def loop_return(items):
    for it in items:
        if it:
            return it
    return None

def ops(f):
    return [i.opname for i in dis.get_instructions(f)]

for f in (pick, branchy, early, loop_return):
    names = ops(f)
    print(f.__name__, "returns:", sum(n.startswith("RETURN") for n in names),
          "forward jumps:", names.count("JUMP_FORWARD") + names.count("JUMP"),
          "ends with:", names[-1], "calls print:", "LOAD_GLOBAL" in names and f is early)
print(pick(1, 2), pick(3, 2), branchy(1, 2), branchy(2, 1), early(None), early(4),
      loop_return([0, 0, 5]), loop_return([]))
