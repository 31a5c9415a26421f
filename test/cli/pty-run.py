# Runs a command in a pseudo-terminal, as if a teacher typed or pasted into it, for test/cli/paste.test.ts.
# argv[1]: the command as a JSON list; argv[2]: what to type (JSON string, control characters included);
# argv[3]: text to wait for in the output before typing (the prompt).
# Prints one JSON object: {"status": exit code, "output": everything the terminal showed}.
import json
import os
import pty
import select
import sys

command = json.loads(sys.argv[1])
typed = json.loads(sys.argv[2]).encode("utf-8")
wait_for = sys.argv[3].encode("utf-8")

pid, fd = pty.fork()
if pid == 0:
    os.execvp(command[0], command)

output = b""


def read_some(timeout):
    """Reads what the terminal shows; False once the child has closed it."""
    global output
    ready, _, _ = select.select([fd], [], [], timeout)
    if not ready:
        return True
    try:
        data = os.read(fd, 65536)
    except OSError:  # EIO: the child exited
        return False
    if not data:
        return False
    output += data
    return True


# The prompt is shown once the terminal is in raw mode: typing earlier would go through line mode.
while wait_for not in output:
    if not read_some(30):
        break

# Type while reading the echo, so that neither side's buffer fills up and blocks the other.
os.set_blocking(fd, False)
while typed:
    readable, writable, _ = select.select([fd], [fd], [], 30)
    if readable and not read_some(0):
        break
    if writable:
        try:
            typed = typed[os.write(fd, typed[:1024]) :]
        except BlockingIOError:
            pass
os.set_blocking(fd, True)

while read_some(30):
    pass

_, status = os.waitpid(pid, 0)
print(json.dumps({"status": os.waitstatus_to_exitcode(status), "output": output.decode("utf-8", "replace")}))
