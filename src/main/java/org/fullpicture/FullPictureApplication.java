package org.fullpicture;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FullPictureApplication {

	public static void main(String[] args) {
		SpringApplication.run(FullPictureApplication.class, args);
	}

}
