def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
for n in (-5, 0, 3, 42):
    print(n, classify(n))
x = 5
if x:
    if x > 3:
        print('nested yes')
    else:
        print('nested no')
if []:
    print('never')
elif {}:
    print('never either')
else:
    print('else branch')
