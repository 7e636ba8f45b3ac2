// Running the mailtriage binary from tests.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "tests/test_support.h"

namespace mailtriage::testing {

struct CommandResult {
  int status = -1;  // exit status
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `sh -c "<binary> ARGS"` with TZ=UTC and a pinned "now"; ARGS is shell text
// written by the test (never untrusted input).
inline CommandResult run_mailtriage(const std::string& args, const std::string& stdin_redirect = "</dev/null",
                                    const std::string& cwd = "") {
  // stderr goes to a file of its own, made with mkstemp (tmpnam's name could
  // be taken between choosing it and the shell opening it).
  std::string err_file = (std::filesystem::temp_directory_path() / "mailtriage-test-stderr-XXXXXX").string();
  const int err_fd = mkstemp(err_file.data());
  if (err_fd < 0) return CommandResult{};
  close(err_fd);
  std::string cmd = (cwd.empty() ? std::string() : "cd '" + cwd + "' && ") + "TZ=UTC MAILTRIAGE_NOW=1732700000 '" + binary_path().string() + "' " + args + " " +
                    stdin_redirect + " 2>'" + err_file + "'";
  CommandResult r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  std::array<char, 65536> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  if (FILE* e = fopen(err_file.c_str(), "r")) {
    while ((n = fread(buf.data(), 1, buf.size(), e)) > 0) r.err.append(buf.data(), n);
    fclose(e);
  }
  std::remove(err_file.c_str());
  return r;
}

inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

}  // namespace mailtriage::testing
