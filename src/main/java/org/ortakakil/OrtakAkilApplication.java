package org.ortakakil;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Ortak Akıl: one modular monolith; every direct sub-package is a Spring Modulith module. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class OrtakAkilApplication {

	/** The city's time zone: "today" for phases, meetings and deadlines is İstanbul's today. */
	public static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

	@Bean
	Clock clock() {
		return Clock.system(ISTANBUL);
	}

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("pb")) {
			System.exit(org.ortakakil.budgeting.pabulib.PbCommand.run(args, System.out, System.err));
		}
		SpringApplication.run(OrtakAkilApplication.class, args);
	}
}
