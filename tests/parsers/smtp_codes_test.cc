#include <gtest/gtest.h>

#include "parsers/smtp_codes.h"

namespace mailtriage {
namespace {

void codes(std::string_view text, uint16_t* code, std::string_view* status) {
  *code = 0;
  *status = {};
  find_smtp_codes(text, code, status);
}

TEST(SmtpCodes, FindsReplyAndEnhancedStatus) {
  uint16_t code;
  std::string_view status;
  codes("host mx[192.0.2.1] said: 550-5.1.1 The email account does not exist", &code, &status);
  EXPECT_EQ(code, 550);
  EXPECT_EQ(status, "5.1.1");
}

TEST(SmtpCodes, IgnoresPortsErrnosTimesAndAddresses) {
  uint16_t code;
  std::string_view status;
  codes("connect to smtp.example.com[192.0.2.250]:587: Connection timed out (110) at 12:45:33", &code, &status);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(status, "");
  codes("port 465 and 2525 and 250.1.2.3", &code, &status);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(status, "");
  codes("tls: server selected unsupported protocol version 301", &code, &status);
  EXPECT_EQ(code, 0);
  codes("stream_socket_enable_crypto(): failed in SMTP.php on line 252", &code, &status);
  EXPECT_EQ(code, 0);
  codes("PHP Warning on Line 421: SMTP said 554 5.7.1 rejected", &code, &status);
  EXPECT_EQ(code, 554) << "the reply after a skipped number still counts";
  EXPECT_EQ(status, "5.7.1");
}

// The 3xx class has two replies (354, 334); other 3xx numbers and a number
// after a slash are counts ("300 seconds", cPanel's "(300/300 (100%))").
TEST(SmtpCodes, ThreeHundredsAndRatiosAreNoReplies) {
  uint16_t code;
  std::string_view status;
  codes("Domain example.org has exceeded the max emails per hour (300/300 (100%)) allowed.", &code, &status);
  EXPECT_EQ(code, 0);
  codes("idle for 300 seconds, closing", &code, &status);
  EXPECT_EQ(code, 0);
  codes("sent 120/550 messages today", &code, &status);
  EXPECT_EQ(code, 0);
  codes("334 VXNlcm5hbWU6", &code, &status);
  EXPECT_EQ(code, 334);
  codes("354 End data with <CR><LF>.<CR><LF>", &code, &status);
  EXPECT_EQ(code, 354);
}

// A web request's status under a record's status key is HTTP's, not a
// reply; msmtp's "smtpstatus=550" is one.
TEST(SmtpCodes, HttpStatusFieldsAreNoReplies) {
  uint16_t code;
  std::string_view status;
  codes("msg=\"payment capture failed\" provider=stripe status=500 err=\"api_error\"", &code, &status);
  EXPECT_EQ(code, 0);
  codes("{\"statusCode\":502,\"message\":\"Bad Gateway\"}", &code, &status);
  EXPECT_EQ(code, 0);
  codes("body=\"{\\\"status\\\":503}\"", &code, &status);
  EXPECT_EQ(code, 0);
  codes("smtpstatus=550 smtpmsg='550 5.1.1 <a@example.org>: User unknown'", &code, &status);
  EXPECT_EQ(code, 550);
}

TEST(SmtpCodes, StatusWithThreeDigitDetail) {
  uint16_t code;
  std::string_view status;
  codes("550 5.7.509 Access denied", &code, &status);
  EXPECT_EQ(code, 550);
  EXPECT_EQ(status, "5.7.509");
  EXPECT_TRUE(is_enhanced_status("4.7.650"));
  EXPECT_FALSE(is_enhanced_status("1.2.3"));
  EXPECT_FALSE(is_enhanced_status("5.1"));
}

// The command a reply answered, in the forms reports give it; a sending
// service's "... in RCPT TO" at the end of the reply included.
TEST(SmtpCodes, FindsTheCommandTheReplyAnswered) {
  EXPECT_EQ(find_smtp_command("550 5.1.1 unknown user (in reply to RCPT TO command)"), "RCPT");
  EXPECT_EQ(find_smtp_command("550 Requested action not taken: mailbox unavailable  in RCPT TO"), "RCPT");
  EXPECT_EQ(find_smtp_command("553 sender refused in MAIL FROM"), "MAIL");
  EXPECT_EQ(find_smtp_command("554 rejected (in reply to end of DATA command)"), "DATA");
  EXPECT_EQ(find_smtp_command("SMTP error from remote server for RCPT TO command, host: mx00.example.de "
                              "(192.0.2.1) reason: 550 Requested action not taken: mailbox unavailable"),
            "RCPT");
  EXPECT_EQ(find_smtp_command("SMTP error from remote server for MAIL FROM command, host: mx (192.0.2.1) reason: "
                              "550 sender refused"),
            "MAIL");
  EXPECT_EQ(find_smtp_command("550 mailbox unavailable"), "");
}

}  // namespace
}  // namespace mailtriage
