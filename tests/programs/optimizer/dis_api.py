import dis
def f(a, b=2):
    c = a + b
    return c
ins = list(dis.get_instructions(f))
print([i.opname for i in ins][-2:], ins[-1].opname.startswith("RETURN"))
first = [i for i in ins if i.starts_line is not None]
print(first[-1].starts_line - f.__code__.co_firstlineno, type(ins[0]).__name__)
loads = [i for i in ins if i.opname == "LOAD_FAST"]
print([(i.argval, i.argrepr) for i in loads])
print(isinstance(ins[0], tuple), ins[0].positions.lineno == ins[0].starts_line or ins[0].starts_line is None)
b = dis.Bytecode(f)
print(sum(1 for _ in b) == len(ins), "LOAD_FAST" in b.dis())
print(dis.opname[dis.opmap["LOAD_FAST"]], len(dis.opname) >= 256)
print([x for x in dis.findlinestarts(f.__code__)][0][0] >= 0)
import io
buf = io.StringIO()
dis.dis(f, file=buf)
print("RETURN" in buf.getvalue())
try:
    dis.dis(42)
except TypeError as e:
    print("TypeError", e)
