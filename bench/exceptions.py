# exceptions: exception-heavy control flow: raising and catching in loops,
# custom exception hierarchies, propagation through several frames,
# try/finally/else ordering, re-raising, chaining (__cause__/__context__),
# with-statement context managers and EAFP dictionary/attribute access.
# quick: 2000
import sys


class AppError(Exception):
    def __init__(self, code, msg=""):
        super().__init__(msg)
        self.code = code


class NotFound(AppError):
    pass


class Invalid(AppError):
    pass


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(404, "missing %r" % (key,)) from None


def validate(x):
    if x % 3 == 0:
        raise Invalid(400, "multiple of three")
    if x % 5 == 0:
        raise ValueError(x)
    return x


def deep(level, x):
    if level == 0:
        return validate(x)
    return deep(level - 1, x) + 1


class Resource:
    opened = 0
    closed = 0

    def __enter__(self):
        Resource.opened += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.closed += 1
        return exc_type is KeyError  # swallow KeyErrors only


def main(n):
    table = {i: i * i for i in range(0, 1000, 2)}
    found = missing = 0
    for i in range(n):
        try:
            found += lookup(table, i % 1000)
        except NotFound as e:
            missing += e.code
    print("lookup", found, missing)
    invalid = values = errors = 0
    for i in range(n):
        try:
            values += deep(5, i)
        except Invalid as e:
            invalid += e.code // 100
        except ValueError as e:
            errors += e.args[0] % 7
        else:
            values += 1
    print("deep", invalid, values, errors)
    order = []
    for i in range(n // 4):
        try:
            try:
                if i % 2:
                    raise RuntimeError("odd")
            finally:
                order.append(1)
        except RuntimeError:
            order.append(2)
        else:
            order.append(3)
    print("finally", len(order), sum(order))
    chained = 0
    for i in range(n // 4):
        try:
            try:
                1 // (i % 2)
            except ZeroDivisionError as z:
                raise AppError(1) from z
        except AppError as e:
            chained += isinstance(e.__cause__, ZeroDivisionError)
        try:
            try:
                [][i]
            except IndexError:
                {}[i]
        except KeyError as e:
            chained += isinstance(e.__context__, IndexError)
    print("chained", chained)
    swallowed = 0
    for i in range(n // 4):
        with Resource():
            if i % 3 == 0:
                raise KeyError(i)
            swallowed += 1
        try:
            with Resource():
                raise TypeError("boom")
        except TypeError:
            swallowed += 1
    print("with", swallowed, Resource.opened, Resource.closed)
    eafp = 0
    objs = [object(), Resource(), AppError(3)]
    for i in range(n // 2):
        o = objs[i % 3]
        try:
            eafp += o.code
        except AttributeError:
            eafp -= 1
    print("eafp", eafp)
    stop = 0
    for i in range(n // 4):
        it = iter((1, 2))
        while True:
            try:
                stop += next(it)
            except StopIteration:
                break
    print("stop", stop)
    try:
        try:
            raise NotFound(7, "a")
        except AppError:
            raise
    except NotFound as e:
        print("reraise", type(e).__name__, e.code, str(e), repr(e))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400000)
