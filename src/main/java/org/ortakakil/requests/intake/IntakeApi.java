package org.ortakakil.requests.intake;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Whether a problem is already reported: the open requests of a category near a point, for apps and the form. */
@RestController
class IntakeApi {

	private final Intake intake;

	IntakeApi(Intake intake) {
		this.intake = intake;
	}

	@GetMapping("/api/v1/requests/nearby")
	List<NearbyRequest> nearby(@RequestParam("service_code") String serviceCode, @RequestParam double lat,
			@RequestParam double lon) {
		return intake.nearby(serviceCode, lat, lon);
	}
}
