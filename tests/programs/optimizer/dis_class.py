import dis, io
class C:
    """doc"""
    x = 1
    def m(self):
        return self.x
    @classmethod
    def c(cls):
        return cls
    @staticmethod
    def s():
        return 2
    class Inner:
        def f(self):
            return 3
buf = io.StringIO()
dis.dis(C, file=buf)
heads = [l for l in buf.getvalue().splitlines() if l.startswith("Disassembly of")]
print(heads)
print(buf.getvalue().count("RETURN"))
