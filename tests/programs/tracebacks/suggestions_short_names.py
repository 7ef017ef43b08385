import traceback


def show(f):
    try:
        f()
    except Exception as e:
        print(traceback.format_exception_only(e)[-1].rstrip())


e = 1
ab = 2
xyz = 3
show(lambda: eg)
show(lambda: a)
show(lambda: abc)
show(lambda: xy)
show(lambda: zzz)
show(lambda: lenn)
show(lambda: prnt)


class C:
    def __init__(self):
        self.v = 1
        self.val = 2
        self.x = 3


c = C()
show(lambda: c.vl)
show(lambda: c.y)
show(lambda: c.xx)
show(lambda: c.value)
show(lambda: "s".uper)
show(lambda: [].apend)
