class Bad:
    def __repr__(self):
        return 'Bad()'
    def __del__(self):
        raise ValueError('error in __del__')
b = Bad()
del b
print('program continues after __del__ error')
