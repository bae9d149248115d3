#include "html_page.h"

#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

TEST(HtmlPage, EscapesTextAndAttributes) {
  EXPECT_EQ(html_escape("a<b>&\"c\""), "a&lt;b&gt;&amp;&quot;c&quot;");
  EXPECT_EQ(html_escape("x\ny", true), "x&#10;y");
}

TEST(HtmlPage, IsOneSelfContainedDocument) {
  std::string page = html_page("汀溪<司法所>", "<p>正文</p>\n");
  EXPECT_EQ(page.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n", 0), 0u);
  EXPECT_NE(page.find("<title>汀溪&lt;司法所&gt;</title>"), std::string::npos);
  EXPECT_NE(page.find("@page { size: A4;"), std::string::npos);
  EXPECT_NE(page.find("thead { display: table-header-group; }"), std::string::npos);
  EXPECT_TRUE(page.ends_with("<body>\n<p>正文</p>\n</body>\n</html>\n"));
  for (const char* external : {"http", "//", "<script", "<link", "url(", "@import"}) {
    EXPECT_EQ(page.find(external), std::string::npos) << external;
  }
}

}  // namespace
}  // namespace shifan::detail
