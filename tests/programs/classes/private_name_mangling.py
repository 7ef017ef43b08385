# Private names (__x) are mangled with the class name inside class bodies and methods.
class Account:
    __rate = 3

    def __init__(self, balance):
        self.__balance = balance

    def __secret(self):
        return self.__balance * Account.__rate

    def report(self):
        return self.__secret()


class Savings(Account):
    def __init__(self, balance):
        super().__init__(balance)
        self.__balance = -1


a = Account(10)
print(a.report(), sorted(vars(a)))
s = Savings(5)
print(s.report(), sorted(vars(s)))
print(hasattr(Account, "_Account__rate"), hasattr(Account, "__rate"))
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(a, "_Account__balance"))
