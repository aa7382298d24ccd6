package org.ortakakil.identity.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.ortakakil.identity.census.Census;
import org.ortakakil.identity.census.CensusImport;
import org.ortakakil.identity.census.CensusImportStatus;
import org.ortakakil.platform.ErrorMessages;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The resident census for administrators: what it holds, uploading a new census file, and an
 * import's progress (a page polled with htmx, or JSON for scripts: {@code Accept: application/json}
 * or {@code /admin/census/imports/{id}.json}).
 */
@Controller
@RequestMapping("/admin/census")
class CensusAdminPages {

	private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

	private final Census census;
	private final CensusImport imports;
	private final ErrorMessages errors;

	CensusAdminPages(Census census, CensusImport imports, ErrorMessages errors) {
		this.census = census;
		this.imports = imports;
		this.errors = errors;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("size", census.size());
		model.addAttribute("imports", imports.latest(20));
		model.addAttribute("zone", ISTANBUL);
		return "identity/census";
	}

	@PostMapping("/imports")
	String start(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean strict,
			Actor actor, Model model, Locale locale, HttpServletResponse response) {
		try {
			if (file == null || file.isEmpty()) {
				throw DomainException.invalid("census.file-required");
			}
			long id = imports.start(upload(file), file.getOriginalFilename(), strict, actor);
			return "redirect:/admin/census/imports/" + id;
		}
		catch (DomainException e) {
			response.setStatus(e.kind() == DomainException.Kind.CONFLICT ? HttpStatus.CONFLICT.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("error", errors.of(e, locale));
			return overview(model);
		}
	}

	/** The upload, moved out of the request's temporary files: the import reads it after the request ended. */
	private static Path upload(MultipartFile file) {
		Path upload = null;
		try {
			upload = Files.createTempFile("ortakakil-census-", ".csv");
			file.transferTo(upload.toFile());
			return upload;
		}
		catch (IOException e) {
			if (upload != null) {
				upload.toFile().delete();
			}
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping("/imports/{id}")
	String progressPage(@PathVariable long id, Model model) {
		progress(id, model);
		return "identity/census-import";
	}

	/** Only the progress section, which htmx swaps in every second while the import runs. */
	@GetMapping("/imports/{id}/progress")
	String progressFragment(@PathVariable long id, Model model) {
		progress(id, model);
		return "identity/census-import :: progress";
	}

	@GetMapping(path = "/imports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ImportJson json(@PathVariable long id) {
		return ImportJson.of(status(id));
	}

	@GetMapping(path = "/imports/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ImportJson jsonByPath(@PathVariable long id) {
		return json(id);
	}

	private void progress(long id, Model model) {
		CensusImportStatus status = status(id);
		model.addAttribute("censusImport", status);
		model.addAttribute("problems", status.running() ? List.of() : imports.problems(id));
		model.addAttribute("zone", ISTANBUL);
	}

	private CensusImportStatus status(long id) {
		return imports.status(id).orElseThrow(() -> DomainException.notFound("census.import-not-found", id));
	}

	/** An import's state for scripts: counts only. */
	record ImportJson(long id, String status, boolean strict, int percent, long bytesRead, long bytesTotal,
			long rowsRead, long rowsAccepted, long rowsRejected, Long personsAdded, Long personsMoved,
			Long personsRemoved, String failureCode, Instant startedAt, Instant finishedAt) {

		static ImportJson of(CensusImportStatus s) {
			return new ImportJson(s.id(), s.status().name(), s.strict(), s.percent(), s.bytesRead(), s.bytesTotal(),
					s.rowsRead(), s.rowsAccepted(), s.rowsRejected(), s.personsAdded(), s.personsMoved(),
					s.personsRemoved(), s.failureCode(), s.startedAt(), s.finishedAt());
		}
	}
}
