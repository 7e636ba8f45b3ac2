#include "parsers/bounce_readers.h"

#include <simdjson.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

#include "parsers/bounce_text.h"
#include "parsers/smtp_codes.h"

namespace mailtriage::bounce {
namespace {

std::string_view get_string(simdjson::dom::element e, std::string_view key) {
  std::string_view v;
  if (e[key].get(v) != simdjson::SUCCESS) return {};
  return v;
}

// SES's own bounce sub-types that name the reason outright.
std::string_view ses_subtype_reason(std::string_view subtype) {
  if (subtype == "Suppressed" || subtype == "OnAccountSuppressionList") return "suppressed";
  if (subtype == "MailboxFull") return "mailboxfull";
  if (subtype == "MessageTooLarge") return "mesgtoobig";
  if (subtype == "NoEmail") return "userunknown";
  if (subtype == "ContentRejected" || subtype == "AttachmentRejected") return "contenterror";
  return {};
}

// Calls fn(address) for each address of a comma-separated list ("a@x, B <b@y>").
template <class Fn>
void for_each_listed_address(std::string_view list, Fn&& fn) {
  while (!list.empty()) {
    size_t comma = list.find(',');
    std::string_view one = extract_address(list.substr(0, comma));
    if (!one.empty()) fn(one);
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
}

// The SMTP verb of a command line of a transcript ("RCPT To:<x>", ".").
std::string_view smtp_verb(std::string_view command) {
  return istarts_with(command, "RCPT")                        ? "RCPT"
         : istarts_with(command, "MAIL")                      ? "MAIL"
         : istarts_with(command, "DATA") || command == "."    ? "DATA"
         : istarts_with(command, "EHLO")                      ? "EHLO"
         : istarts_with(command, "HELO")                      ? "HELO"
         : istarts_with(command, "QUIT")                      ? "QUIT"
                                                              : "";
}

// The words of a later line of a multi-line reply: a multi-line reply repeats
// its code and status on every line ("550-5.7.1 ... From:", "550 5.7.1 header
// are not accepted"); once is enough, so that the sentence reads on.
std::string_view reply_line_words(std::string_view line) {
  if (line.size() > 4 && is_digit(line[0]) && is_digit(line[1]) && is_digit(line[2]) &&
      (line[3] == '-' || line[3] == ' ')) {
    line = trim_left(line.substr(4));
    const std::string_view status = leading_enhanced_status(line);
    if (!status.empty() && status.size() < line.size()) line = trim_left(line.substr(status.size()));
  }
  return line;
}

// A line that is a failing reply ("550 5.1.1 <x>: ...", "421-..."), as a
// report quotes the remote server or a transcript ends in sendmail's own.
// (Postfix wraps its report at 80 columns, so the code may end its line: "... said: 550".)
bool opens_with_failing_reply(std::string_view t) {
  return t.size() >= 3 && (t[0] == '4' || t[0] == '5') && is_digit(t[1]) && is_digit(t[2]) &&
         (t.size() == 3 || t[3] == ' ' || t[3] == '-');
}

}  // namespace

bool read_amazon_ses_json(const Message& msg, TextArena& arena, std::vector<Recipient>* out) {
  std::string_view text = msg.text;
  size_t open = text.find('{');
  size_t close = text.rfind('}');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) return false;
  // Mail transports fold long JSON lines ("!" + LF + blank, or LF + blank);
  // inside a JSON string a line break is never legal, so the folds go.
  std::string json;
  json.reserve(close - open + 1);
  std::string_view body = text.substr(open, close - open + 1);
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '!' && i + 2 < body.size() && body[i + 1] == '\n' && body[i + 2] == ' ') { i += 2; continue; }
    if (body[i] == '\n' && i + 1 < body.size() && body[i + 1] == ' ') { ++i; continue; }
    json.push_back(body[i]);
  }
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.parse(json).get(doc) != simdjson::SUCCESS) return false;
  // An SNS envelope carries the notification as a JSON string in "Message".
  std::string_view inner = get_string(doc, "Message");
  std::string inner_copy;
  if (!inner.empty()) {
    inner_copy.assign(inner);
    thread_local simdjson::dom::parser inner_parser;
    if (inner_parser.parse(inner_copy).get(doc) != simdjson::SUCCESS) return false;
  }
  std::string_view kind = get_string(doc, "notificationType");
  if (kind.empty()) kind = get_string(doc, "eventType");

  if (kind == "Bounce") {
    simdjson::dom::element bounce;
    if (doc["bounce"].get(bounce) != simdjson::SUCCESS) return false;
    std::string_view type = get_string(bounce, "bounceType");
    std::string_view subtype = get_string(bounce, "bounceSubType");
    std::string_view mta = get_string(bounce, "reportingMTA");
    if (size_t semi = mta.find(';'); semi != std::string_view::npos) mta = trim(mta.substr(semi + 1));
    simdjson::dom::array list;
    if (bounce["bouncedRecipients"].get(list) != simdjson::SUCCESS) return false;
    for (simdjson::dom::element r : list) {
      Recipient rec;
      rec.address = arena.store(get_string(r, "emailAddress"));
      std::string_view diag = get_string(r, "diagnosticCode");
      if (size_t semi = diag.find(';'); semi != std::string_view::npos && semi < 8) diag = trim(diag.substr(semi + 1));
      rec.diagnostic = arena.store(diag);
      rec.status = arena.store(get_string(r, "status"));
      rec.action = type == "Transient" ? Action::deferred : Action::bounced;
      rec.hint = ses_subtype_reason(subtype);
      if (!rec.address.empty()) out->push_back(rec);
    }
    return !out->empty();
  }
  if (kind == "Complaint") {
    simdjson::dom::element complaint;
    if (doc["complaint"].get(complaint) != simdjson::SUCCESS) return false;
    std::string_view type = get_string(complaint, "complaintFeedbackType");
    simdjson::dom::array list;
    if (complaint["complainedRecipients"].get(list) != simdjson::SUCCESS) return false;
    for (simdjson::dom::element r : list) {
      Recipient rec;
      rec.address = arena.store(get_string(r, "emailAddress"));
      rec.action = Action::feedback;
      rec.hint = "feedback";
      rec.feedback_type = arena.store(type.empty() ? std::string_view("abuse") : type);
      rec.diagnostic = arena.store(get_string(complaint, "userAgent"));
      if (!rec.address.empty()) out->push_back(rec);
    }
    return !out->empty();
  }
  if (kind == "Delivery") {
    simdjson::dom::element delivery;
    if (doc["delivery"].get(delivery) != simdjson::SUCCESS) return false;
    std::string_view response = arena.store(get_string(delivery, "smtpResponse"));
    std::string_view mta = arena.store(get_string(delivery, "reportingMTA"));
    simdjson::dom::array list;
    if (delivery["recipients"].get(list) != simdjson::SUCCESS) return false;
    for (simdjson::dom::element r : list) {
      std::string_view address;
      if (r.get(address) != simdjson::SUCCESS) continue;
      Recipient rec;
      rec.address = arena.store(address);
      rec.action = Action::delivered;
      rec.hint = "delivered";
      rec.diagnostic = response;
      rec.remote_host = mta;
      out->push_back(rec);
    }
    return !out->empty();
  }
  return false;
}

bool read_google_groups(const Message& msg, TextArena& arena, std::vector<Recipient>* out) {
  std::string_view failed = msg.headers.get("X-Failed-Recipients");
  if (failed.empty()) return false;
  // The first paragraph after the greeting says why, in the reader's language.
  std::string diag;
  Lines lines(msg.text);
  std::string_view line;
  bool greeted = false;
  while (lines.next(&line)) {
    std::string_view t = trim(line);
    if (t.empty()) {
      if (!diag.empty()) break;
      continue;
    }
    if (!greeted) {
      greeted = true;
      continue;
    }
    if (!diag.empty()) diag.push_back(' ');
    diag.append(t);
  }
  std::string_view stored = arena.store(diag);
  for_each_listed_address(failed, [&](std::string_view one) {
    Recipient r;
    r.address = one;
    r.diagnostic = stored;
    // Whatever the wording, the group refused the sender's post.
    r.hint = "list_rejected";
    out->push_back(r);
  });
  return !out->empty();
}

bool read_sendmail_transcript(const Message& msg, TextArena& arena, std::vector<Recipient>* out) {
  // A forwarded bounce quotes every line with "> ".
  std::string unquoted;
  std::string_view text = msg.text;
  {
    Lines lines(text);
    std::string_view line;
    size_t quoted = 0, total = 0;
    while (lines.next(&line)) {
      if (trim(line).empty()) continue;
      ++total;
      quoted += line.starts_with(">");
    }
    if (total && quoted * 2 > total) {
      Lines again(text);
      while (again.next(&line)) {
        if (line.starts_with("> ")) line.remove_prefix(2);
        else if (line.starts_with(">") && !line.starts_with(">>>")) line.remove_prefix(1);
        unquoted.append(line);
        unquoted.push_back('\n');
      }
      text = unquoted;
    }
  }
  size_t start = ifind(text, "----- Transcript of session follows -----");
  if (start == std::string_view::npos) return false;
  std::string_view transcript = text.substr(start);
  if (size_t end = ifind(transcript, "----- Unsent message follows -----"); end != std::string_view::npos)
    transcript = transcript.substr(0, end);
  if (size_t end = ifind(transcript, "----- Original message follows -----"); end != std::string_view::npos)
    transcript = transcript.substr(0, end);

  // The remote replies ("<<< 550 ...") since the last "While talking to"
  // belong to the next "NNN <addr>... text" line.
  std::string replies, command;
  Lines lines(transcript);
  std::string_view line;
  while (lines.next(&line)) {
    std::string_view t = trim(line);
    if (istarts_with(t, "While talking to") || istarts_with(t, "... while talking to")) {
      replies.clear();
      command.clear();
      continue;
    }
    if (t.starts_with(">>>")) {
      command.assign(trim(t.substr(3)));
      continue;
    }
    if (t.starts_with("<<<")) {
      if (!replies.empty()) replies.push_back(' ');
      replies.append(trim(t.substr(3)));
      continue;
    }
    // "554 <addr>... reason" or "550 <addr>... User unknown"
    if (t.size() < 6 || !is_digit(t[0]) || !is_digit(t[1]) || !is_digit(t[2]) || t[3] != ' ') continue;
    std::string_view rest = trim_left(t.substr(4));
    if (rest.empty() || rest[0] != '<') continue;
    size_t gt = rest.find('>');
    if (gt == std::string_view::npos) continue;
    std::string_view address = rest.substr(1, gt - 1);
    if (!is_address(address)) continue;
    std::string_view reason = trim(rest.substr(gt + 1));
    while (reason.starts_with(".")) reason.remove_prefix(1);
    reason = trim(reason);
    std::string diag;
    if (!replies.empty()) diag = replies + " ";
    diag.append(reason);
    Recipient r;
    bool seen = false;
    for (Recipient& existing : *out)
      if (iequals(existing.address, address)) seen = true;
    if (seen) continue;
    r.address = arena.store(address);
    r.diagnostic = arena.store(diag);
    if (istarts_with(command, "RCPT")) r.command = "RCPT";
    else if (istarts_with(command, "MAIL")) r.command = "MAIL";
    else if (istarts_with(command, "DATA")) r.command = "DATA";
    out->push_back(r);
    replies.clear();
  }
  return !out->empty();
}

// One line of a server's reply in a transcript ("550-...", "550 ..."): the next line
// of the reply being read (`reply`, empty when none is) when it has its code
// again, else, once `close` has ended that reply and emptied `reply`, the
// first of the next. False for a line without a reply code.
template <typename Close>
bool take_reply_line(std::string_view said, std::string* reply, uint16_t* reply_code, Close&& close) {
  if (said.size() < 3 || !is_digit(said[0]) || !is_digit(said[1]) || !is_digit(said[2])) return false;
  const uint16_t code = uint16_t((said[0] - '0') * 100 + (said[1] - '0') * 10 + (said[2] - '0'));
  if (!reply->empty() && code == *reply_code) {
    reply->push_back(' ');
    reply->append(reply_line_words(said));
  } else {
    close();
    reply->assign(said);
    *reply_code = code;
  }
  return true;
}

// A recipient a session transcript shows refused, once: the reply it got and the command it answered.
static void add_refused(std::string_view address, std::string_view reply, uint16_t reply_code, std::string_view command,
                        TextArena& arena, std::vector<Recipient>* out) {
  for (const Recipient& r : *out)
    if (iequals(r.address, address)) return;
  Recipient r;
  r.address = arena.store(address);
  r.diagnostic = arena.store(reply);
  r.reply_code = reply_code;
  r.command = command;
  out->push_back(r);
}

bool read_pec_notice(const Message& msg, TextArena& arena, std::vector<Recipient>* out) {
  const std::string_view kind = trim(msg.headers.get("X-Ricevuta"));
  Action action;
  if (iequals(kind, "errore-consegna") || iequals(kind, "non-accettazione")) action = Action::bounced;
  else if (iequals(kind, "preavviso-errore-consegna")) action = Action::deferred;
  else return false;  // an acceptance or delivery receipt
  const std::string_view text = msg.text.substr(0, msg.returned_at);
  std::string_view error;
  std::vector<std::string_view> addresses;
  Lines lines(text);
  std::string_view line;
  // Providers word the notice a little differently: 'ed indirizzato a "x"' on
  // one line, or "ed indirizzato a:" with the addresses on the lines after
  // it; the error after "Errore:", or in brackets after the words that the
  // delivery is impossible ("... ne impedisce la consegna (5.1.1 - ...)").
  bool addresses_follow = false;
  while (lines.next(&line)) {
    const std::string_view t = trim(line);
    if (addresses_follow) {
      if (!t.empty() && t.find('@') != std::string_view::npos && t.find(' ') == std::string_view::npos) {
        addresses.push_back(t);
        continue;
      }
      addresses_follow = false;
    }
    for (size_t at = t.find("indirizzato a \""); at != std::string_view::npos; at = t.find("indirizzato a \"", at + 1)) {
      const size_t from = at + 15, close = t.find('"', from);
      if (close != std::string_view::npos && t.substr(from, close - from).find('@') != std::string_view::npos)
        addresses.push_back(t.substr(from, close - from));
    }
    if (t.ends_with("indirizzato a:")) addresses_follow = true;
    if (error.empty() && (t.starts_with("Errore:") || t.starts_with("errore:"))) error = trim(t.substr(7));
    if (error.empty() && t.size() > 7 && t[0] == '(' && !leading_enhanced_status(t.substr(1)).empty()) {
      const size_t close = t.find(')');
      error = t.substr(1, (close == std::string_view::npos ? t.size() : close) - 1);
    }
  }
  // The receipt's machine-readable part (daticert.xml, which every PEC
  // receipt carries): its recipients and its extended error.
  const auto element = [&](std::string_view xml, std::string_view name, size_t from, size_t* end) {
    const size_t open = xml.find(std::string("<").append(name), from);
    if (open == std::string_view::npos) return std::string_view();
    const size_t body = xml.find('>', open), close = xml.find(std::string("</").append(name).append(">"), open);
    if (body == std::string_view::npos || close == std::string_view::npos || close < body) return std::string_view();
    *end = close;
    return trim(xml.substr(body + 1, close - body - 1));
  };
  const std::string_view xml = msg.attachment;
  if (xml.find("<postacert") != std::string_view::npos) {
    size_t end = 0;
    if (addresses.empty())
      for (size_t from = 0;; from = end + 1) {
        const std::string_view a = element(xml, "destinatari", from, &end);
        if (a.empty()) break;
        if (a.find('@') != std::string_view::npos) addresses.push_back(a);
      }
    if (error.empty()) error = element(xml, "errore-esteso", 0, &end);
  }
  if (addresses.empty()) return false;
  for (std::string_view a : addresses) {
    Recipient r;
    r.address = arena.store(a);
    r.diagnostic = arena.store(error);
    r.action = action;
    if (const std::string_view status = leading_enhanced_status(error); !status.empty()) r.status = arena.store(status);
    out->push_back(r);
  }
  return true;
}

bool read_arrow_transcript(const Message& msg, TextArena& arena, std::vector<Recipient>* out) {
  std::string_view text = msg.text.substr(0, msg.returned_at);
  std::vector<std::string_view> accepted, listed;
  std::string_view command, rcpt;
  std::string reply;  // the reply being read, its lines joined
  uint16_t reply_code = 0;
  std::string_view last_note;  // MDaemon's last "*  ..." note that is not a message field
  auto add = [&](std::string_view address) { add_refused(address, reply, reply_code, command, arena, out); };
  auto close_reply = [&] {
    if (reply_code >= 400) {
      // A reply before any command is the greeting's ("<-- 421 4.7.0 ... too
      // many connections"): the connection stage refused every recipient.
      if (command.empty()) command = "CONN";
      if (command == "RCPT" && !rcpt.empty()) add(rcpt);
      else if (command == "MAIL" || command == "DATA" || command == "EHLO" || command == "HELO" || command == "CONN")
        for (std::string_view a : accepted.empty() ? listed : accepted) add(a);
    } else if (reply_code >= 200 && reply_code < 300 && command == "RCPT" && !rcpt.empty()) {
      accepted.push_back(rcpt);
    }
    reply.clear();
    reply_code = 0;
  };
  Lines lines(text);
  std::string_view line;
  while (lines.next(&line)) {
    // "Fri 2025-03-14 10:22:39.224: <-- 550 5.1.1 ...": the arrow follows a timestamp.
    size_t arrow = line.find(" --> ");
    bool sent = arrow != std::string_view::npos;
    if (!sent) arrow = line.find(" <-- ");
    if (arrow == std::string_view::npos) {
      std::string_view t = trim(line);
      if (size_t to = t.find("*  To: "); to != std::string_view::npos) {
        for_each_listed_address(t.substr(to + 7), [&](std::string_view one) { listed.push_back(one); });
      } else if (size_t star = t.find(": *  "); star != std::string_view::npos) {
        // MDaemon's own notes between the message's fields ("*  From:", "*  Size
        // (bytes):") and the attempt: "*  Name server reports domain name unknown".
        std::string_view note = t.substr(star + 5);
        const size_t colon = note.find(": ");
        const bool field = colon != std::string_view::npos && note.substr(0, colon).find(' ') == std::string_view::npos;
        if (!field && !note.starts_with("Size (bytes)")) last_note = note;
      }
      continue;
    }
    std::string_view said = trim(line.substr(arrow + 5));
    if (sent) {
      close_reply();
      command = smtp_verb(said);
      const size_t colon = said.find(':');  // "RCPT To:<x>"
      rcpt = command == "RCPT" ? extract_address(colon == std::string_view::npos ? said : said.substr(colon + 1))
                               : std::string_view();
      continue;
    }
    take_reply_line(said, &reply, &reply_code, close_reply);
  }
  close_reply();
  // No reply refused anyone: the attempt failed before SMTP (the name did not
  // resolve, no host answered), and MDaemon's last note says why.
  if (out->empty() && !last_note.empty()) {
    reply.assign(last_note);
    for (std::string_view a : listed) add(a);
  }
  return !out->empty();
}

bool read_postfix_server_transcript(const Message& msg, TextArena& arena, std::vector<Recipient>* out) {
  std::string_view text = msg.text.substr(0, msg.returned_at);
  const size_t start = ifind(text, "Transcript of session follows");
  if (start == std::string_view::npos) return false;
  std::vector<std::string_view> accepted;
  std::string command;  // the last " In:" command, its continuation lines joined
  std::string reply;
  uint16_t reply_code = 0;
  auto add = [&](std::string_view address, std::string_view verb) {
    add_refused(address, reply, reply_code, verb, arena, out);
  };
  auto close_reply = [&] {
    // (Emptied also when no reply code was read: take_reply_line reads an empty reply as none open.)
    if (reply_code != 0) {
      const std::string_view verb = smtp_verb(command);
      const std::string_view rcpt = verb == "RCPT" ? extract_address(command) : std::string_view();
      if (reply_code >= 400) {
        if (verb == "RCPT" && !rcpt.empty()) add(rcpt, verb);
        else if (verb == "MAIL" || verb == "DATA")
          for (std::string_view a : accepted) add(a, verb);
      } else if (reply_code < 300 && verb == "RCPT" && !rcpt.empty()) {
        accepted.push_back(arena.store(rcpt));
      }
    }
    reply.clear();
    reply_code = 0;
  };
  Lines lines(text.substr(start));
  std::string_view line;
  bool in_command = false;
  while (lines.next(&line)) {
    const std::string_view t = trim(line);
    if (t.starts_with("In:")) {
      close_reply();
      command.assign(trim(t.substr(3)));
      in_command = true;
      continue;
    }
    if (t.starts_with("Out:")) {
      in_command = false;
      take_reply_line(trim(t.substr(4)), &reply, &reply_code, close_reply);
      continue;
    }
    // A long command goes on, indented, on the next lines ("In:  MAIL" then "FROM:<x>").
    if (in_command && !t.empty() && line.size() > t.size() && is_space(line[0])) {
      command.push_back(' ');
      command.append(t);
      continue;
    }
    if (t.empty() || istarts_with(t, "For other details")) in_command = false;
  }
  close_reply();
  return !out->empty();
}

namespace {
// The address of the list a notice speaks for: Mailman 2's X-BeenThere, else
// List-Post's "<mailto:...>", else the address in the Subject ("Your message
// to x@lists.example.org awaits moderator approval"), else the list's own
// sender ("x-owner@", "x-bounces@", "x-request@": Mailman 3 sends its notices
// with none of the list headers); empty when nothing says.
std::string_view list_address(const Message& msg, TextArena& arena) {
  std::string_view list = trim(msg.headers.get("X-BeenThere"));
  if (list.empty()) {
    std::string_view post = msg.headers.get("List-Post");
    const size_t at = post.find("mailto:");
    if (at != std::string_view::npos) {
      post.remove_prefix(at + 7);
      list = post.substr(0, post.find_first_of(">?, \t"));
    }
  }
  if (list.find('@') == std::string_view::npos) {
    list = {};
    for_each_address(msg.subject, [&](std::string_view a) {
      if (list.empty()) list = a;
    });
  }
  if (list.empty()) {
    const size_t at = msg.from.find('@');
    if (at != std::string_view::npos) {
      for (std::string_view suffix : {"-owner", "-bounces", "-request"}) {
        const std::string_view local = msg.from.substr(0, at);
        if (local.size() > suffix.size() && iequals(local.substr(local.size() - suffix.size()), suffix)) {
          std::string joined(local.substr(0, local.size() - suffix.size()));
          joined.append(msg.from.substr(at));
          list = arena.store(joined);
          break;
        }
      }
    }
  }
  return list.find('@') == std::string_view::npos ? std::string_view() : list;
}

// The paragraph after the first line of `text` that holds one of `markers`
// (a list notice's "The reason it is being held:"): its lines joined by
// spaces up to the next blank line, at most about 800 bytes; "" when no line
// holds a marker.
std::string paragraph_after(std::string_view text, std::initializer_list<std::string_view> markers) {
  std::string paragraph;
  Lines lines(text);
  std::string_view line;
  bool found = false;
  while (lines.next(&line) && paragraph.size() < 800) {
    const std::string_view t = trim(line);
    if (!found) {
      for (std::string_view m : markers) found |= icontains(t, m);
      continue;
    }
    if (t.empty()) {
      if (!paragraph.empty()) break;
      continue;
    }
    if (!paragraph.empty()) paragraph.push_back(' ');
    paragraph.append(t);
  }
  return paragraph;
}
}  // namespace

bool read_list_held_post(const Message& msg, TextArena& arena, std::vector<Recipient>* out) {
  std::string_view list = list_address(msg, arena);
  if (list.empty()) return false;
  // Why it is held: what follows "The reason it is being held:" (Mailman 2),
  // or the sentence that says it is held.
  std::string why =
      paragraph_after(msg.text, {"reason it is being held", "reason for the hold", "being held because"});
  Lines lines(msg.text);
  std::string_view line;
  while (why.empty() && lines.next(&line)) {
    const std::string_view t = trim(line);
    if (icontains(t, "held until") || icontains(t, "held for moderat") || icontains(t, "awaiting moderator")) why = t;
  }
  Recipient r;
  r.address = list;
  r.diagnostic = arena.store("Held for the list moderator's approval: " + why);
  r.action = Action::deferred;
  r.hint = "moderation";
  out->push_back(r);
  return true;
}

bool read_failed_recipient_blocks(const Message& msg, TextArena& arena, std::vector<Recipient>* out) {
  const std::string_view failed = msg.headers.get("X-Failed-Recipients");
  if (failed.empty()) return false;
  std::string_view text = msg.text;
  if (const size_t returned = find_returned_message(text); returned != std::string_view::npos)
    text = text.substr(0, returned);
  // Whether `line` names `address` as a whole address (not the end of a longer one).
  auto names = [](std::string_view line, std::string_view address) {
    const auto address_byte = [](char c) {
      return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '.' || c == '_' || c == '-' || c == '+';
    };
    for (size_t at = ifind(line, address); at != std::string_view::npos; at = ifind(line, address, at + 1)) {
      const size_t end = at + address.size();
      if ((at == 0 || !address_byte(line[at - 1])) && (end == line.size() || !address_byte(line[end]))) return true;
    }
    return false;
  };
  auto add = [&](std::string_view address, const std::string& diagnostic) {
    Recipient r;
    r.address = address;
    r.diagnostic = arena.store(diagnostic);
    out->push_back(r);
  };
  std::vector<std::string_view> addresses;
  for_each_listed_address(failed, [&](std::string_view address) { addresses.push_back(address); });
  const size_t before = out->size();
  for_each_listed_address(failed, [&](std::string_view address) {
    Lines lines(text);
    std::string_view line;
    while (lines.next(&line)) {
      std::string_view t = trim(line);
      if (t.starts_with('<')) t.remove_prefix(1);
      if (t.size() < address.size() || !iequals(t.substr(0, address.size()), address)) continue;
      std::string_view after = t.substr(address.size());
      if (after.starts_with('>')) after.remove_prefix(1);
      if (!after.empty() && after.front() != ':' && after.front() != ' ' && after.front() != '\t') continue;
      // The error: the rest of the address line, then the lines indented deeper under it.
      const size_t indent = line.size() - trim_left(line).size();
      std::string diagnostic(trim(after.starts_with(':') ? after.substr(1) : after));
      std::string_view next;
      while (lines.next(&next)) {
        const std::string_view nt = trim(next);
        if (nt.empty() || next.size() - trim_left(next).size() <= indent) break;
        if (!diagnostic.empty()) diagnostic.push_back(' ');
        diagnostic.append(nt);
      }
      if (diagnostic.empty()) break;
      add(address, diagnostic);
      return;
    }
    // A notice that names the address after a label ("Recipient: a@x", in
    // the notice's language), with its reason and the server's reply on the
    // lines after it, up to a blank line or the line naming the next address.
    for (Lines again(text); again.next(&line);) {
      if (!names(line, address)) continue;
      std::string diagnostic;
      std::string_view next;
      while (again.next(&next)) {
        const std::string_view nt = trim(next);
        if (nt.empty()) break;
        if (std::any_of(addresses.begin(), addresses.end(),
                        [&](std::string_view other) { return !iequals(other, address) && names(nt, other); }))
          break;
        if (!diagnostic.empty()) diagnostic.push_back(' ');
        diagnostic.append(nt);
      }
      if (diagnostic.empty()) continue;
      add(address, diagnostic);
      return;
    }
  });
  return out->size() > before;
}

bool read_returned_recipients(const Message& msg, TextArena& arena, std::vector<Recipient>* out) {
  if (!msg.has_original) return false;
  std::string_view to = msg.original.get("To");
  if (to.empty()) return false;
  // The report is the text before the returned message, on one line.
  std::string_view report = msg.text;
  size_t start = msg.returned_at;
  if (start != std::string_view::npos) {
    size_t line = report.rfind('\n', start >= 2 ? start - 2 : 0);
    report = report.substr(0, line == std::string_view::npos ? 0 : line);
  }
  std::string diag;
  Lines lines(report);
  std::string_view line;
  // The remote server's reply, where a line of the report quotes one ("550
  // 5.1.1 <x>: ..."), comes first: the boilerplate before it can be long
  // (masqmail's bilingual notices) and the text is kept to 800 bytes.
  for (Lines scan(report); scan.next(&line);) {
    std::string_view t = trim(line);
    if (opens_with_failing_reply(t)) {
      diag.append(t.substr(0, 400));
      break;
    }
  }
  while (lines.next(&line) && diag.size() < 800) {
    std::string_view t = trim(line);
    if (t.empty() || t.starts_with("--")) continue;
    if (!diag.empty()) diag.push_back(' ');
    diag.append(t);
  }
  std::string_view stored = arena.store(diag);
  for_each_listed_address(to, [&](std::string_view one) {
    Recipient r;
    r.address = one;
    r.diagnostic = stored;
    out->push_back(r);
  });
  return !out->empty();
}

bool read_list_rejection(const Message& msg, TextArena& arena, std::vector<Recipient>* out) {
  if (!read_returned_recipients(msg, arena, out)) {
    // Mailman 2's moderator refusal ("Request to mailing list X rejected")
    // returns no copy of the post: the list it was sent to is the one
    // speaking, and the moderator's reason is the paragraph after "reason
    // for rejecting your request:".
    std::string_view list = list_address(msg, arena);
    if (list.empty()) return false;
    const std::string reason = paragraph_after(msg.text, {"reason for rejecting your request"});
    Recipient r;
    r.address = list;
    r.diagnostic = arena.store(reason.empty() ? std::string("Post rejected by the list moderator") : reason);
    out->push_back(r);
  }
  // Whatever the reason given, the list refused the sender's post; when the
  // reason is the list's size limit, the post was too big for it.
  static constexpr std::string_view kSizeLimit[] = {"size limit", "maximum message size", "too large", "too big"};
  for (Recipient& r : *out) {
    r.hint = "list_rejected";
    for (std::string_view words : kSizeLimit)
      if (icontains(r.diagnostic, words)) r.hint = "mesgtoobig";
  }
  return true;
}

bool read_moderation_expired(const Message& msg, TextArena& arena, std::vector<Recipient>* out) {
  if (!read_returned_recipients(msg, arena, out)) return false;
  for (Recipient& r : *out) r.hint = "expired";
  return true;
}

bool read_korean_notice(const Message& msg, TextArena& arena, std::vector<Recipient>* out) {
  // "x@naver.com 님께 보내신 메일 <subject> 이 다음과 같은 이유로 전송 실패했습니다."
  static constexpr std::string_view kSentTo = "\xeb\x8b\x98\xea\xbb\x98 \xeb\xb3\xb4\xeb\x82\xb4\xec\x8b\xa0";
  const std::string_view text = msg.text.substr(0, std::min(msg.text.size(), msg.returned_at));
  Lines lines(text);
  std::string_view line;
  Recipient r;
  bool after = false;
  while (lines.next(&line)) {
    const std::string_view t = trim(line);
    if (!after) {
      const size_t at = t.find(kSentTo);
      if (at == std::string_view::npos) continue;
      for_each_address(t.substr(0, at), [&](std::string_view a) { r.address = a; });
      after = true;
      continue;
    }
    // The reason: the first line after it that is neither empty nor a rule of dashes.
    if (t.empty() || t.find_first_not_of("-=_ ") == std::string_view::npos) continue;
    r.diagnostic = arena.store(t);
    break;
  }
  if (r.address.empty() || r.diagnostic.empty()) return false;
  out->push_back(r);
  return true;
}

bool read_challenge_expired(const Message& msg, TextArena& arena, std::vector<Recipient>* out) {
  const std::string_view text = msg.text.substr(0, std::min(msg.text.size(), msg.returned_at));
  // The challenge itself ("please confirm you are a person") loses nothing
  // yet; only the notice that the held message was dropped is a failure.
  static constexpr std::string_view kDropped[] = {"not delivered", "not been delivered", "has been deleted",
                                                  "was deleted", "been discarded", "was discarded"};
  bool dropped = false;
  for (std::string_view words : kDropped) dropped |= icontains(text, words);
  if (!dropped) return false;
  // The protected mailbox: the address the Subject names ("Message to x
  // deleted"), else the first one in the notice other than its sender's and
  // the user's it went to.
  std::string_view rcpt;
  for_each_address(msg.subject, [&](std::string_view a) {
    if (rcpt.empty()) rcpt = a;
  });
  if (rcpt.empty()) {
    for_each_address(text, [&](std::string_view a) {
      if (rcpt.empty() && !iequals(a, msg.from) && !icontains(msg.to, a)) rcpt = a;
    });
  }
  if (rcpt.empty()) return false;
  Recipient r;
  r.address = rcpt;
  Lines lines(text);
  std::string_view line;
  while (lines.next(&line)) {
    const std::string_view t = trim(line);
    bool says = false;
    for (std::string_view words : kDropped) says |= icontains(t, words);
    if (says) {
      r.diagnostic = arena.store(std::string("Challenge-response filter: ") + std::string(t));
      break;
    }
  }
  r.hint = "filtered";
  out->push_back(r);
  return true;
}

bool read_lone_address_reply(const Message& msg, TextArena& arena, std::vector<Recipient>* out) {
  const std::string_view text = msg.text.substr(0, std::min(msg.text.size(), msg.returned_at));
  // The one address the report names besides its own sender and the user it
  // went back to; two or more and which one failed is not said.
  // A message id ("Message-ID: <2025...@pc.example.com>", as the returned
  // message's headers show it under a marker of no known wording) has the
  // shape of an address and is none.
  std::string_view found;
  bool several = false;
  Lines address_lines(text);
  std::string_view address_line;
  while (address_lines.next(&address_line)) {
    const std::string_view t = trim(address_line);
    if (istarts_with(t, "Message-ID:") || istarts_with(t, "In-Reply-To:") || istarts_with(t, "References:")) continue;
    for_each_address(t, [&](std::string_view a) {
      if (!is_address(a) || icontains(msg.from, a) || icontains(msg.headers.get("To"), a)) return;
      several |= !found.empty() && !iequals(found, a);
      found = a;
    });
  }
  if (found.empty() || several) return false;
  // The failing reply it got: the line holding the first one, from its code on.
  uint16_t code = 0;
  std::string_view status;
  Lines lines(text);
  std::string_view line;
  while (lines.next(&line)) {
    const std::string_view t = trim(line);
    for (size_t i = 0; i + 4 < t.size(); ++i)
      if ((i == 0 || t[i - 1] == ' ') && opens_with_failing_reply(t.substr(i))) {
        find_smtp_codes(t.substr(i), &code, &status);
        add_refused(found, t.substr(i, 400), code, {}, arena, out);
        return true;
      }
  }
  return false;
}

bool read_recipient_status_table(const Message& msg, TextArena& arena, std::vector<Recipient>* out) {
  Lines lines(msg.text.substr(0, std::min(msg.text.size(), msg.returned_at)));
  std::string_view line;
  while (lines.next(&line)) {
    const std::string_view t = trim(line);
    const size_t colon = t.find(':');
    if (colon == std::string_view::npos || colon > 2) continue;  // "To", "CC", "BC"
    const std::string_view label = t.substr(0, colon);
    if (!iequals(label, "To") && !iequals(label, "CC") && !iequals(label, "BC")) continue;
    const std::string_view rest = trim(t.substr(colon + 1));
    const size_t gap = rest.find_first_of(" \t");
    if (gap == std::string_view::npos) continue;
    const std::string_view address = rest.substr(0, gap);
    const std::string_view action = trim(rest.substr(gap));
    if (!is_address(address) || !istarts_with(action, "Undeliverable")) continue;
    // The comment closes the row, in parentheses: "(user not found)".
    std::string_view comment;
    if (t.back() == ')') {
      const size_t open = t.rfind('(');
      if (open != std::string_view::npos && open > colon) comment = t.substr(open + 1, t.size() - open - 2);
    }
    add_refused(address, comment.empty() ? action : comment, 0, {}, arena, out);
  }
  return !out->empty();
}

bool read_address_reply_lines(const Message& msg, TextArena& arena, std::vector<Recipient>* out) {
  std::string_view address;  // the recipient whose reply is being read; its indented lines go on
  std::string diag;
  auto close = [&] {
    if (!address.empty()) add_refused(address, diag, 0, {}, arena, out);
    address = {};
  };
  Lines lines(msg.text.substr(0, msg.returned_at));
  std::string_view line;
  while (lines.next(&line)) {
    const std::string_view t = trim(line);
    if (!address.empty() && !t.empty() && line.size() > t.size() && is_space(line[0])) {
      diag.push_back(' ');
      diag.append(t.substr(0, 400));
      continue;
    }
    close();
    const size_t end = t.find(">: ");
    if (t.size() < 8 || t[0] != '<' || end == std::string_view::npos || !is_address(t.substr(1, end - 1))) continue;
    const std::string_view text = trim(t.substr(end + 3));
    // "host x[ip] said: 550 ..." as Postfix writes it, or the reply itself.
    const size_t said = text.find(" said: ");
    if (!opens_with_failing_reply(said == std::string_view::npos ? text : text.substr(said + 7))) continue;
    address = t.substr(1, end - 1);
    diag.assign(text.substr(0, 400));
  }
  close();
  return !out->empty();
}

namespace {
// The address of a line that is a short label, a colon (ASCII or full-width)
// and the address alone: "Recipient: a@x", "收件人：<a@x>", "2. 수신자: a@x".
// The header names a returned message's own lines would show are no labels.
std::string_view labelled_address(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && is_digit(t[i])) ++i;
  if (i > 0 && i < 3 && i + 1 < t.size() && (t[i] == '.' || t[i] == ')')) t = trim(t.substr(i + 1));
  constexpr std::string_view kFullWidthColon = "\xef\xbc\x9a";
  size_t colon = t.find(':');
  size_t after = colon + 1;
  if (const size_t wide = t.find(kFullWidthColon); wide != std::string_view::npos && wide < colon) {
    colon = wide;
    after = wide + kFullWidthColon.size();
  }
  if (colon == std::string_view::npos || colon == 0 || colon > 40) return {};
  const std::string_view label = trim(t.substr(0, colon));
  if (label.empty() || label.find('@') != std::string_view::npos) return {};
  for (std::string_view header : {"From", "Sender", "Reply-To", "Return-Path", "Message-ID", "Delivered-To"})
    if (iequals(label, header)) return {};
  std::string_view a = trim(t.substr(after));
  if (a.size() > 2 && a.front() == '<' && a.back() == '>') a = a.substr(1, a.size() - 2);
  return is_address(a) ? a : std::string_view();
}
}  // namespace

bool read_labelled_address_blocks(const Message& msg, TextArena& arena, std::vector<Recipient>* out) {
  const std::string_view text = msg.text.substr(0, std::min(msg.text.size(), msg.returned_at));
  std::string_view address;
  std::string diag;
  bool failing = false;
  auto close = [&] {
    if (!address.empty() && failing) add_refused(address, diag, 0, {}, arena, out);
    address = {};
    diag.clear();
    failing = false;
  };
  Lines lines(text);
  std::string_view line;
  while (lines.next(&line)) {
    const std::string_view t = trim(line);
    // A blank line ends a block once it has its reply (an HTML report's
    // paragraphs are blank-separated lines of one block).
    if (t.empty()) {
      if (failing) close();
      continue;
    }
    if (const std::string_view a = labelled_address(t); !a.empty()) {
      close();
      // The report's own addresses (its sender, the user it went back to) name no recipient.
      if (!icontains(msg.from, a) && !icontains(msg.headers.get("To"), a)) address = a;
      continue;
    }
    if (address.empty()) continue;
    if (diag.size() < 800) {
      if (!diag.empty()) diag.push_back(' ');
      diag.append(t.substr(0, 400));
    }
    uint16_t code = 0;
    std::string_view status;
    find_smtp_codes(t, &code, &status);
    failing |= code >= 400 || (!status.empty() && (status[0] == '4' || status[0] == '5'));
  }
  close();
  return !out->empty();
}

bool transcript_reply(std::string_view text, std::string_view remote_host, TextArena& arena,
                      std::string_view* command, std::string_view* reply) {
  size_t start = ifind(text, "Transcript of session follows");
  if (start == std::string_view::npos) return false;
  Lines lines(text.substr(start));
  std::string_view line;
  lines.next(&line);  // the marker itself
  std::string current_reply, best_reply;
  // Without an SMTP session (a local delivery: procmail, a pipe, a missing
  // user) the transcript is the local program's words and Sendmail's reply
  // line: "procmail: Quota exceeded while writing ...", "550 5.0.0 Can't
  // create output". They are the reply when no session gave one.
  std::string local_text;
  bool local_has_code = false;
  std::string_view current_command, best_command, host;
  bool best_matches_host = false;
  auto close_session = [&] {
    if (current_reply.empty()) return;
    bool matches = !remote_host.empty() && !host.empty() && icontains(host, remote_host);
    if (best_reply.empty() || matches || !best_matches_host) {
      best_reply = current_reply;
      best_command = current_command;
      best_matches_host = matches;
    }
  };
  while (lines.next(&line)) {
    std::string_view t = trim(line);
    if (t.starts_with("-----") || t.starts_with("--")) break;  // next section or MIME boundary
    if (istarts_with(t, "... while talking to ") || istarts_with(t, "while talking to ")) {
      close_session();
      current_reply.clear();
      current_command = {};
      host = t.substr(t.find("talking to ") + 11);
      while (!host.empty() && (host.back() == ':' || host.back() == '.')) host.remove_suffix(1);
      continue;
    }
    if (t.starts_with(">>>")) {
      // A new command: what was answered before belonged to the previous one.
      close_session();
      current_reply.clear();
      current_command = smtp_verb(trim(t.substr(3)));
      continue;
    }
    if (t.starts_with("<<<")) {
      std::string_view reply = trim(t.substr(3));
      if (!current_reply.empty()) {
        reply = reply_line_words(reply);
        current_reply.push_back(' ');
      }
      current_reply.append(reply);
      continue;
    }
    if (host.empty() && current_command.empty() && !t.empty() && local_text.size() < 600) {
      if (!local_text.empty()) local_text.push_back(' ');
      local_text.append(t.substr(0, 300));
      local_has_code = local_has_code || opens_with_failing_reply(t);
    }
  }
  close_session();
  if (best_reply.empty() && local_has_code) best_reply = local_text;
  if (best_reply.empty()) return false;
  *command = best_command;
  *reply = arena.store(best_reply);
  return true;
}

}  // namespace mailtriage::bounce
