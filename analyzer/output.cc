#include "analyzer/output.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace mailtriage {

void OutputStream::flush() {
  size_t off = 0;
  while (off < buf_.size() && !failed_) {
    ssize_t w = ::write(fd_, buf_.data() + off, buf_.size() - off);
    if (w < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE) std::_Exit(0);  // the reader went away: stop quietly
      failed_ = true;
      break;
    }
    off += size_t(w);
  }
  buf_.clear();
}

}  // namespace mailtriage
