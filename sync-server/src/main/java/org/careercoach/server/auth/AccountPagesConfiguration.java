package org.careercoach.server.auth;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The two pages the account emails link to: {@code /reset-password?token=} and {@code
 * /verify-email?token=}. They are static files that call the public auth API; confirming takes a
 * click, so a mail scanner that opens links consumes no token.
 */
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
class AccountPagesConfiguration implements WebMvcConfigurer {

  static final String[] PAGES = {"/reset-password", "/verify-email"};

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    for (String page : PAGES) {
      registry.addViewController(page).setViewName("forward:" + page + ".html");
    }
  }
}
