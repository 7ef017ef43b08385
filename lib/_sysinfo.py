"""The named-tuple records `sys.float_info`, `sys.int_info` and `sys.hash_info`."""


class _Record(tuple):
    _name = ""
    _fields = ()

    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __getattr__(self, name):
        try:
            return self[type(self)._fields.index(name)]
        except ValueError:
            raise AttributeError(f"'{self._name}' object has no attribute '{name}'") from None

    def __repr__(self):
        parts = ", ".join(f"{f}={v!r}" for f, v in zip(self._fields, self))
        return f"{self._name}({parts})"

    def __reduce__(self):
        return (type(self), tuple(self))


def _record(name, fields):
    return type(name.rpartition(".")[2], (_Record,), {"_name": name, "_fields": tuple(fields.split())})


float_info = _record(
    "sys.float_info",
    "max max_exp max_10_exp min min_exp min_10_exp dig mant_dig epsilon radix rounds",
)(1.7976931348623157e308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
  2.220446049250313e-16, 2, 1)

int_info = _record(
    "sys.int_info",
    "bits_per_digit sizeof_digit default_max_str_digits str_digits_check_threshold",
)(30, 4, 4300, 640)

hash_info = _record(
    "sys.hash_info",
    "width modulus inf nan imag algorithm hash_bits seed_bits cutoff",
)(64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0)
