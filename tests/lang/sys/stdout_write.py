# sys.stdout.write and print interleave in order.
import sys
n = sys.stdout.write("written directly\n")
print("write returned", n)
sys.stdout.write("no newline, ")
print("then print")
sys.stdout.write("é日\n")
print("a", file=sys.stdout)
sys.stdout.flush()
for i in range(3):
    sys.stdout.write(str(i))
sys.stdout.write("\n")
print(sys.stdout.write(""))
