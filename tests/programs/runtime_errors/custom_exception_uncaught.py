class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f'need {needed} more')

class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount - self.balance)
        self.balance -= amount

acct = Account(10)
acct.withdraw(5)
print('balance', acct.balance)
acct.withdraw(20)
