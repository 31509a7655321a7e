package org.careercoach.server.jobs;

import org.careercoach.server.ai.ModelProvider;
import org.careercoach.server.ai.ModelUse;
import org.careercoach.server.parsing.ResumeParser;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobProperties.class)
class JobsConfiguration {

  /** What reading an upload sends to the model, shown to people when the operator configured it. */
  @Bean
  ModelUse readingUploads(ModelProvider ai) {
    return ResumeParser.disclosed(ai.client());
  }
}
