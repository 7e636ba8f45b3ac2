#include "classifiers/host_typos.h"

#include <gtest/gtest.h>

#include <string>

#include "classifiers/classifier.h"

namespace mailtriage {
namespace {

std::string misspelt(std::string_view text) {
  std::string_view host;
  return names_misspelt_submission_host(text, &host) ? std::string(host) : std::string();
}

TEST(HostTypos, OneEditFromAProvidersHostIsATypo) {
  EXPECT_EQ(misspelt("getaddrinfo ENOTFOUND smtp.gmial.com"), "smtp.gmial.com");          // swapped
  EXPECT_EQ(misspelt("Could not resolve host: smtp.office365.co"), "smtp.office365.co");  // dropped
  EXPECT_EQ(misspelt("connect to smtpp.gmail.com[192.0.2.1]:587"), "smtpp.gmail.com");    // added
  EXPECT_EQ(misspelt("UnknownHostException: SMTP.OFFICE356.COM"), "SMTP.OFFICE356.COM");  // case kept
  EXPECT_EQ(misspelt("lookup smtp-mail.outlok.com on 127.0.0.11:53: no such host"), "smtp-mail.outlok.com");
  EXPECT_EQ(misspelt("(Name or service not known: 'smtp.sendgrid.ne')"), "smtp.sendgrid.ne");
  EXPECT_EQ(misspelt("host smtp.mailgun.org. ... then stmp.mailgun.org failed"), "stmp.mailgun.org");
}

TEST(HostTypos, TheHostsThemselvesAndOtherNamesAreNot) {
  EXPECT_EQ(misspelt("Connection timed out: smtp.gmail.com:587"), "");
  // One edit from smtp.gmail.com, and mail.com's own server.
  EXPECT_EQ(misspelt("535 Authentication failed at smtp.mail.com"), "");
  EXPECT_EQ(misspelt("getaddrinfo ENOTFOUND smtp.example.com"), "");
  EXPECT_EQ(misspelt("Name service error for name=gmial.com type=MX"), "");  // a recipient's domain
  EXPECT_EQ(misspelt("550 5.1.1 <bob@smtp.gmial.com>: Recipient address rejected"), "");
  EXPECT_EQ(misspelt("smtp.gmail.com.example.net"), "");  // a longer name is another name
  EXPECT_EQ(misspelt(""), "");
}

TEST(HostTypos, TheClassifierReadsAMisspeltHostAsASetting) {
  std::string error;
  auto c = Classifier::create(&error);
  ASSERT_NE(c, nullptr) << error;
  ClassifierScratch scratch;
  auto decide = [&](std::string_view text, uint8_t scope, Action action) {
    ClassifyInput in;
    in.text = text;
    in.scope = scope;
    in.action = action;
    return std::string(c->classify(in, &scratch).rule->id);
  };
  EXPECT_EQ(decide("Error: getaddrinfo ENOTFOUND smtp.gmai.com", kScopeClient, Action::failed),
            "client.misspelt_submission_host");
  EXPECT_EQ(decide("connect to smtp.office365.co[203.0.113.9]:587: Connection timed out", kScopeServerLog,
                   Action::deferred),
            "client.misspelt_submission_host");
  // The right name failing to resolve is the resolver's trouble.
  EXPECT_NE(decide("Error: getaddrinfo ENOTFOUND smtp.gmail.com", kScopeClient, Action::failed),
            "client.misspelt_submission_host");
  // A remote client's made-up HELO is not our setting.
  EXPECT_NE(decide("NOQUEUE: reject: RCPT from smtp.gmial.com[192.0.2.7]: 554 5.7.1 Relay access denied",
                   kScopeServerLog, Action::rejected),
            "client.misspelt_submission_host");
}

std::string unserved(std::string_view text) {
  std::string_view host;
  unsigned port = 0;
  return names_unserved_submission_port(text, &host, &port) ? std::string(host) + ":" + std::to_string(port)
                                                            : std::string();
}

TEST(HostTypos, AProvidersHostOnAPortItDoesNotServeIsASetting) {
  EXPECT_EQ(unserved("MailConnectException: Couldn't connect to host, port: smtp.gmail.com, 4655; timeout 60000"),
            "smtp.gmail.com:4655");
  EXPECT_EQ(unserved("connect to smtp.office365.com[52.96.0.1]:465: Connection timed out"), "smtp.office365.com:465");
  EXPECT_EQ(unserved("unable to connect to ssl://SMTP.GMAIL.COM:5877 (Connection timed out)"), "SMTP.GMAIL.COM:5877");
  EXPECT_EQ(unserved("Failed to connect to email-smtp.eu-west-1.amazonaws.com port 2525: Connection refused"),
            "email-smtp.eu-west-1.amazonaws.com:2525");
  EXPECT_EQ(unserved("cannot connect to smtp.mailgun.org on port 8025"), "smtp.mailgun.org:8025");
}

TEST(HostTypos, ServedPortsUnknownHostsAndRepliesAreNot) {
  EXPECT_EQ(unserved("connect to smtp.gmail.com:587: Connection timed out"), "");
  EXPECT_EQ(unserved("connect to smtp.office365.com:587: Connection timed out"), "");
  EXPECT_EQ(unserved("Failed to connect to smtp.sendgrid.net port 2525: Connection timed out"), "");
  EXPECT_EQ(unserved("email-smtp.us-east-1.amazonaws.com:2587 timed out"), "");
  EXPECT_EQ(unserved("connect to smtp.gmail.com:25: Connection timed out"), "");  // 25 is the network's question
  EXPECT_EQ(unserved("connect to smtp.example.org:4655: Connection timed out"), "");  // ports not known
  // A reply after the host is not a port, nor a status code after a colon.
  EXPECT_EQ(unserved("smtp.gmail.com: 535-5.7.8 Username and Password not accepted"), "");
  EXPECT_EQ(unserved("smtp.gmail.com:535.5 weird"), "");
  EXPECT_EQ(unserved("user@smtp.gmail.com:4655"), "");
  EXPECT_EQ(unserved(""), "");
}

TEST(HostTypos, TheClassifierReadsAnUnservedPortAsASetting) {
  std::string error;
  auto c = Classifier::create(&error);
  ASSERT_NE(c, nullptr) << error;
  ClassifierScratch scratch;
  auto decide = [&](std::string_view text, Action action) {
    ClassifyInput in;
    in.text = text;
    in.scope = kScopeClient;
    in.action = action;
    return std::string(c->classify(in, &scratch).rule->id);
  };
  EXPECT_EQ(decide("Couldn't connect to host, port: smtp.gmail.com, 4655; timeout 60000", Action::failed),
            "client.provider_port_not_served");
  EXPECT_NE(decide("Couldn't connect to host, port: smtp.gmail.com, 465; timeout 60000", Action::failed),
            "client.provider_port_not_served");
}

// Not the typo itself, but the same kind of mistake: a one-label name that
// only another network resolves (classifiers/rules_client.cc).
TEST(HostTypos, AOneLabelHostThatDoesNotResolveIsASetting) {
  std::string error;
  auto c = Classifier::create(&error);
  ASSERT_NE(c, nullptr) << error;
  ClassifierScratch scratch;
  auto cause = [&](std::string_view text) {
    ClassifyInput in;
    in.text = text;
    in.scope = kScopeClient;
    in.action = Action::failed;
    return std::string(cause_name(c->classify(in, &scratch).rule->cause));
  };
  EXPECT_EQ(cause("Error: getaddrinfo ENOTFOUND mailhog"), "server_settings");
  EXPECT_EQ(cause("curl: (6) Could not resolve host: mailpit"), "server_settings");
  EXPECT_EQ(cause("php_network_getaddresses: getaddrinfo for postfix failed: Name or service not known"),
            "server_settings");
  EXPECT_EQ(cause("java.net.UnknownHostException: mailserver"), "server_settings");
  // Full names that do not resolve are the resolver's (or the domain's) trouble,
  // and the words around a host are no host.
  EXPECT_EQ(cause("curl: (6) Could not resolve host: smtp.example.org"), "dns");
  EXPECT_EQ(cause("Mailer error: cURL error 6: Couldn't resolve host name for smtp.example.org"), "dns");
  EXPECT_EQ(cause("Error: getaddrinfo EAI_AGAIN smtp.example.com"), "dns");
  // Android's wording puts a sentence, not a host, after the exception's name.
  EXPECT_EQ(cause("java.net.UnknownHostException: Unable to resolve host \"smtp.example.net\": No address "
                  "associated with hostname"),
            "dns");
  EXPECT_EQ(cause("Error: getaddrinfo ENOTFOUND mailpit\n    at GetAddrInfoReqWrap.onlookup (node:dns:107:26)"),
            "server_settings");
}

}  // namespace
}  // namespace mailtriage
